package org.oversight.audit;

import java.time.OffsetDateTime;

/** One event of the audit trail as the audit view and its export show it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String username, String action, String entityType,
                         Long entityId, String beforeJson, String afterJson, String correlationId, String hash) {

    /** "tracked_recommendation 42", or just the type when the event concerns no single row. */
    public String entity() {
        return entityId == null ? entityType : entityType + " " + entityId;
    }
}
