package org.oversight.actionplan;

import java.time.OffsetDateTime;

/** An action plan's own fields, with the report it answers and the names of the people who acted on it. */
public record PlanHeader(long id, long reportId, String reportReference, String reportTitle, String watchdogName,
                         long organisationId, String organisationName, PlanStatus status, String summary,
                         OffsetDateTime submittedAt, String submittedBy, OffsetDateTime decidedAt, String decidedBy,
                         String decisionReason, OffsetDateTime updatedAt, String updatedBy, int version) {
}
