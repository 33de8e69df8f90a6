package org.oversight.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recipient's recommendation as its detail page shows it.
 *
 * @param version   the item's version, to send back with a transition (optimistic locking)
 * @param daysLeft  days to {@code dueOn}, negative when overdue; null when nothing is due
 * @param siblings  how all recipients of the same recommendation stand; null when it has only this recipient
 * @param paused    a clock of the item is paused today: the current deadline is neither due soon nor overdue
 */
public record RecommendationDetail(long id, int version, long recommendationId, long reportId, String reportReference,
                                   String reportTitle, String watchdogName, LocalDate publishedOn, String number,
                                   RecommendationKind kind, Priority priority, String text, List<String> themes,
                                   long recipientId, String recipientName, Status status, OffsetDateTime statusChangedAt,
                                   LocalDate responseDueOn, LocalDate targetOn, LocalDate dueOn, Long daysLeft,
                                   LocalDate closedOn, String completionSummary, int reopenCount, RecipientSummary siblings,
                                   boolean paused) {
}
