package org.oversight.recommendation;

import java.time.LocalDate;

/**
 * The one deadline that matters for an item in its current status, kept in tracked_recommendation.due_on so the
 * register can filter and sort on it: the date of the clock still running for the item (decision 0010). The
 * response (action plan) deadline while the recipient still owes a plan; the implementation target once a plan is
 * agreed, and none while no action sets one ("no target date", see {@link DeadlineStanding}: the response clock
 * has stopped, so its date is not a deadline any more); none once the ball is in the watchdog's court (plan
 * submitted, completion reported) or the item is closed.
 */
public final class CurrentDeadline {

    private CurrentDeadline() {
    }

    public static LocalDate of(Status status, LocalDate responseDueOn, LocalDate targetOn) {
        return switch (status) {
            case OPEN, PLAN_AWAITED -> responseDueOn;
            case PLAN_ACCEPTED, IN_PROGRESS -> targetOn;
            case PLAN_SUBMITTED, REPORTED_COMPLETE, VERIFIED_IMPLEMENTED, CLOSED_NOT_IMPLEMENTED, NO_FURTHER_ACTION,
                 SUPERSEDED -> null;
        };
    }
}
