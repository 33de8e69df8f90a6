package org.oversight.dashboard;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The headline figures of the dashboard, always within what the user may see (their force or national body, or
 * everything for watchdog staff and administrators) and within the dashboard's filter.
 *
 * @param open                    items not closed
 * @param overdue                 items overdue as decision 0010 defines it ({@code recommendation.DeadlineStanding})
 * @param dueSoon                 items due soon: from today to {@code dueSoonDays} ahead, not paused
 * @param dueSoonDays             the due-soon window, {@code oversight.deadlines.due-soon-days}, as the bell has it
 * @param noTargetDate            items with an agreed plan but no target date set by any action
 * @param plansAwaitingDecision   action plans submitted and not yet accepted or returned
 * @param verifiedThisQuarter     items verified as implemented and closed on or after {@code quarterStart}
 * @param quarterStart            the first day of the current calendar quarter
 * @param medianDaysToVerifiedClose median days from the report's publication to the verified close, over every
 *                                verified item; empty when none is verified
 * @param verified                how many items the median is taken over
 * @param reopened                items reopened at least once after being closed
 * @param everClosed              items closed at least once (now closed, or reopened since)
 */
public record HeadlineFigures(int open, int overdue, int dueSoon, int dueSoonDays, int noTargetDate,
                              int plansAwaitingDecision,
                              int verifiedThisQuarter, LocalDate quarterStart, Double medianDaysToVerifiedClose,
                              int verified, int reopened, int everClosed) {

    public OptionalDouble median() {
        return medianDaysToVerifiedClose == null ? OptionalDouble.empty()
                : OptionalDouble.of(medianDaysToVerifiedClose);
    }

    /** Items reopened ÷ items ever closed; empty when nothing was ever closed. */
    public OptionalDouble reopenRate() {
        return everClosed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) reopened / everClosed);
    }
}
