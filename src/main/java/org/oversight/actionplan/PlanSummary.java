package org.oversight.actionplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A plan as a line in a list: counts and the next date, computed in SQL. */
public record PlanSummary(long planId, long reportId, String reportReference, String reportTitle, String organisationName,
                          PlanStatus status, int actions, int actionsDone, LocalDate nextDueOn,
                          OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
