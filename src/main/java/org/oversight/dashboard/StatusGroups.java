package org.oversight.dashboard;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.oversight.dashboard.chart.StatusByForce.StatusGroup;
import org.oversight.recommendation.Status;

/**
 * The segments of the status-by-force bars. They do not overlap: an overdue item counts as overdue whatever its
 * status, the other open groups hold the items not overdue. Items closed without being implemented (not
 * implemented, no further action, superseded) are in no segment and so not in the bars.
 */
public final class StatusGroups {

    public static final StatusGroup AWAITING_PLAN = StatusGroup.open("dashboard.group.awaiting-plan");
    public static final StatusGroup IN_PROGRESS = StatusGroup.open("dashboard.group.in-progress");
    public static final StatusGroup REPORTED_COMPLETE = StatusGroup.open("dashboard.group.reported-complete");
    public static final StatusGroup OVERDUE = StatusGroup.overdue("dashboard.group.overdue");
    public static final StatusGroup VERIFIED = StatusGroup.closed("dashboard.group.verified");

    public static final List<StatusGroup> ALL = List.of(AWAITING_PLAN, IN_PROGRESS, REPORTED_COMPLETE, OVERDUE, VERIFIED);

    /** The statuses of the items in the bars: every open status and verified implemented. */
    public static final Set<Status> CHARTED;

    static {
        EnumSet<Status> charted = Status.openStates();
        charted.add(Status.VERIFIED_IMPLEMENTED);
        CHARTED = Set.copyOf(charted);
    }

    private StatusGroups() {
    }
}
