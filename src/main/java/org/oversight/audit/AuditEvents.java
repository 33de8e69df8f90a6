package org.oversight.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * For writers that append many events at once outside {@link AuditLog} (the national data generator): the same
 * JSON form and the same hash as {@link AuditLog} writes and {@link AuditChainVerifier} checks, so that a bulk
 * written chain verifies like one written event by event. Callers must append in id order, each event chained to
 * the previous one, and leave audit_chain_head at the last event.
 */
public final class AuditEvents {

    /** The previous hash of the very first event. */
    public static final String GENESIS = AuditChainVerifier.GENESIS;

    private AuditEvents() {
    }

    /** Before/after values as AuditLog stores them: JSON with sorted keys; a String becomes {"value": …}. */
    public static String json(Object value) {
        return AuditJson.write(value);
    }

    /**
     * One event chained to {@code previousHash}. The time is truncated to milliseconds in UTC, as AuditLog does,
     * so that the hash recomputed from what the database returns is the same.
     */
    public static Chained chain(String previousHash, OffsetDateTime occurredAt, Long userId, String username,
                                String action, String entityType, Long entityId, String beforeJson, String afterJson,
                                String correlationId) {
        OffsetDateTime at = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        AuditEventContent content = new AuditEventContent(at, userId, username, action, entityType, entityId,
                beforeJson, afterJson, correlationId);
        return new Chained(at, userId, username, action, entityType, entityId, beforeJson, afterJson, correlationId,
                previousHash, content.hash(previousHash));
    }

    /** An audit_event row ready to insert: its content, the previous event's hash and its own. */
    public record Chained(OffsetDateTime occurredAt, Long userId, String username, String action, String entityType,
                          Long entityId, String beforeJson, String afterJson, String correlationId, String prevHash,
                          String hash) {
    }
}
