package org.oversight.actionplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One request to move an action's due date, and what became of it. */
public record DateRevision(long id, LocalDate fromDueOn, LocalDate toDueOn, String reason, OffsetDateTime requestedAt,
                           String requestedBy, RevisionStatus status, OffsetDateTime decidedAt, String decidedBy,
                           String decisionNote) {
}
