package org.oversight.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.oversight.recommendation.Status;

/**
 * The deadline that matters now for one tracked recommendation, and who must act on it: the recipient while it
 * owes a response or is implementing (tracked_recommendation.due_on), the IOPC while it owes publication of a
 * response it received (its publication clock).
 *
 * @param deliverable what is due, in a few words: "action plan", "response", "implementation target",
 *                    "publication of the response"
 * @param paused      the item's response clock is paused today (e.g. judicial review): neither due soon nor overdue
 */
public record Deadline(
        long trackedId,
        String reportReference,
        String reportTitle,
        String recommendationNumber,
        String recommendationText,
        long recipientId,
        String recipientName,
        long watchdogId,
        String watchdogName,
        Status status,
        LocalDate dueOn,
        Side side,
        String deliverable,
        boolean paused) {

    /** Who must act before the due date. */
    public enum Side { RECIPIENT, WATCHDOG }

    /** Days from {@code today} to the due date: negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /** "recommendation 2 of IOPC-2024-017". */
    public String itemName() {
        return "recommendation " + recommendationNumber + " of " + reportReference;
    }
}
