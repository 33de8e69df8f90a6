package org.oversight.audit;

import java.time.OffsetDateTime;

/** One event of the audit trail as the audit view and its export show it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String username, String action, String entityType,
                         Long entityId, String beforeJson, String afterJson, String correlationId, String hash) {

    /** "tracked_recommendation 42", or just the type when the event concerns no single row. */
    public String entity() {
        return entityId == null ? entityType : entityType + " " + entityId;
    }

    /** What happened in plain words: "Deadline extended" (see {@link AuditWords}). */
    public String what() {
        return AuditWords.action(action, entityType);
    }

    /** The record it concerns in words: "Action plan 12". */
    public String record() {
        return AuditWords.record(entityType, entityId);
    }

    /** "Status: Plan awaited → Plan submitted", one line a field. */
    public java.util.List<String> changes() {
        return AuditWords.changes(beforeJson, afterJson);
    }
}
