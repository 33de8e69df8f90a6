package org.oversight.actionplan;

import java.time.LocalDate;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.Status;

/**
 * A line of a lead's worklist: one of their organisation's items that awaits a plan or is in progress.
 *
 * @param daysLeft days until dueOn (negative when overdue), null when no deadline runs in the current status
 * @param planId   the organisation's plan for the report, if one has been started
 * @param standing overdue, due soon, paused, no target date... as decision 0010 defines them
 */
public record WorkItem(long trackedId, long reportId, String reportReference, String reportTitle, String number,
                       String text, Status status, LocalDate dueOn, Long daysLeft, Long planId, PlanStatus planStatus,
                       DeadlineStanding.Standing standing) {

    public boolean overdue() {
        return standing.isOverdue();
    }

    public boolean paused() {
        return standing == DeadlineStanding.Standing.PAUSED;
    }

    public String reference() {
        return new PlanItem(trackedId, number, text, status, dueOn, 0).reference();
    }

    /** The recipient still owes the watchdog a plan for this item. */
    public boolean needsPlan() {
        return status == Status.OPEN || status == Status.PLAN_AWAITED;
    }
}
