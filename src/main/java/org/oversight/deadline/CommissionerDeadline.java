package org.oversight.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.oversight.recommendation.DeadlineStanding;

/**
 * A police and crime commissioner's published response still owed on a report (Police Act 1996 s55): one per
 * report and force, not per recommendation, so listed apart from the recommendations' deadlines.
 *
 * @param itemId  one of the force's recommendations on the report, whose clock page shows this clock
 * @param paused  the clock is paused today: neither due soon nor overdue
 */
public record CommissionerDeadline(long clockId, long itemId, String reportReference, String reportTitle,
                                   long forceId, String forceName, long watchdogId, LocalDate dueOn, boolean paused) {

    /** Days from {@code today} to the due date: negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /** Where the response stands today, by the one definition (decision 0010, {@link DeadlineStanding}). */
    public DeadlineStanding.Standing standing(LocalDate today, int dueSoonDays) {
        return DeadlineStanding.ofDeadline(dueOn, paused, today, dueSoonDays);
    }

    public boolean overdue(LocalDate today) {
        return standing(today, 0).isOverdue();
    }
}
