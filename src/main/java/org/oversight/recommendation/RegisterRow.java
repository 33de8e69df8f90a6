package org.oversight.recommendation;

import java.time.LocalDate;

/**
 * One line of the register: one recipient's copy of a recommendation.
 *
 * @param daysLeft days from today to {@code dueOn} (negative when overdue); null when nothing is due
 */
public record RegisterRow(long id, long reportId, String reportReference, String reportTitle, String number, String text,
                          String recipientName, RecommendationKind kind, Priority priority, Status status, LocalDate dueOn,
                          Long daysLeft, LocalDate closedOn, String watchdogName, boolean paused) {
}
