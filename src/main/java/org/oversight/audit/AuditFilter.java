package org.oversight.audit;

import java.time.LocalDate;

/**
 * What the audit view shows: every part is optional (null = any). The period runs from the start of {@code from} to
 * the end of {@code to}, UK time, both days included.
 */
public record AuditFilter(String username, String entityType, Long entityId, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter withUsername(String value) {
        return new AuditFilter(blankToNull(value), entityType, entityId, from, to);
    }

    public AuditFilter withEntityType(String value) {
        return new AuditFilter(username, blankToNull(value), entityId, from, to);
    }

    public AuditFilter withPeriod(LocalDate start, LocalDate end) {
        return new AuditFilter(username, entityType, entityId, start, end);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
