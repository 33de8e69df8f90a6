package org.oversight.dashboard;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The headline figures of the dashboard, always within what the user may see (their force or national body, or
 * everything for watchdog staff and administrators) and within the dashboard's filter.
 *
 * @param open                    items not closed
 * @param overdue                 items whose current deadline has passed (due_on before today)
 * @param dueWithin30Days         items due from today to 30 days ahead
 * @param plansAwaitingDecision   action plans submitted and not yet accepted or returned
 * @param verifiedThisQuarter     items verified as implemented and closed on or after {@code quarterStart}
 * @param quarterStart            the first day of the current calendar quarter
 * @param medianDaysToVerifiedClose median days from the report's publication to the verified close, over every
 *                                verified item; empty when none is verified
 * @param verified                how many items the median is taken over
 * @param reopened                items reopened at least once after being closed
 * @param everClosed              items closed at least once (now closed, or reopened since)
 */
public record HeadlineFigures(int open, int overdue, int dueWithin30Days, int plansAwaitingDecision,
                              int verifiedThisQuarter, LocalDate quarterStart, Double medianDaysToVerifiedClose,
                              int verified, int reopened, int everClosed) {

    public static final int DUE_SOON_DAYS = 30;

    public OptionalDouble median() {
        return medianDaysToVerifiedClose == null ? OptionalDouble.empty()
                : OptionalDouble.of(medianDaysToVerifiedClose);
    }

    /** Items reopened ÷ items ever closed; empty when nothing was ever closed. */
    public OptionalDouble reopenRate() {
        return everClosed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) reopened / everClosed);
    }
}
