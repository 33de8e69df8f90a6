package org.oversight.dashboard;

import java.util.List;
import org.oversight.dashboard.chart.StatusByForce.StatusGroup;
import org.oversight.recommendation.Status;

/**
 * The status groups of the status-by-force chart and its table. They do not overlap and together hold every item:
 * an overdue item counts as overdue whatever its status, the other open groups hold the items not overdue, and
 * items closed without being verified (not implemented, no further action, superseded) have a group of their own,
 * so that a force's total is the register's count of its items.
 */
public final class StatusGroups {

    public static final StatusGroup AWAITING_PLAN = StatusGroup.open("dashboard.group.awaiting-plan");
    public static final StatusGroup IN_PROGRESS = StatusGroup.open("dashboard.group.in-progress");
    public static final StatusGroup REPORTED_COMPLETE = StatusGroup.open("dashboard.group.reported-complete");
    public static final StatusGroup OVERDUE = StatusGroup.overdue("dashboard.group.overdue");
    public static final StatusGroup VERIFIED = StatusGroup.closed("dashboard.group.verified");
    public static final StatusGroup CLOSED_UNVERIFIED = StatusGroup.closed("dashboard.group.closed-unverified");

    public static final List<StatusGroup> ALL = List.of(AWAITING_PLAN, IN_PROGRESS, REPORTED_COMPLETE, OVERDUE, VERIFIED,
            CLOSED_UNVERIFIED);

    /**
     * The group of an item in {@code status}, overdue or not: overdue wins over the open groups; a closed item is
     * never overdue. The queries count the same groups in SQL ({@code JooqComparisonQuery}).
     */
    public static StatusGroup of(Status status, boolean overdue) {
        if (status == Status.VERIFIED_IMPLEMENTED) {
            return VERIFIED;
        }
        if (status.isClosed()) {
            return CLOSED_UNVERIFIED;
        }
        if (overdue) {
            return OVERDUE;
        }
        if (Status.AWAITING_PLAN.contains(status)) {
            return AWAITING_PLAN;
        }
        return Status.PLAN_AGREED.contains(status) ? IN_PROGRESS : REPORTED_COMPLETE;
    }

    private StatusGroups() {
    }
}
