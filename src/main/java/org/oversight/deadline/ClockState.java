package org.oversight.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a clock stands on a given day.
 *
 * @param dueOn         the last day on which delivery is on time, after pauses and extensions; while the clock is
 *                      {@link Phase#PAUSED PAUSED} by a pause with no end yet, the earliest it can now be (it moves
 *                      a day later for every further paused day)
 * @param originalDueOn the due date before any pause or extension, kept so that slippage is visible
 * @param daysLeft      calendar days from the day asked about to {@code dueOn}; 0 once due, overdue or met
 * @param daysOverdue   calendar days past {@code dueOn}: today's lateness, or how late it was met; otherwise 0
 * @param milestones    dated steps of the clock; once met, only those up to the day it was met
 */
public record ClockState(
        LocalDate dueOn,
        LocalDate originalDueOn,
        Phase phase,
        long daysLeft,
        long daysOverdue,
        List<Milestone> milestones) {

    public enum Phase {
        /** Running, more than the due-soon window away. */
        RUNNING,
        /** Running, due within the due-soon window ({@code oversight.deadlines.due-soon-days}). */
        DUE_SOON,
        /** The due date is today. */
        DUE_TODAY,
        /** Past the due date and not met. */
        OVERDUE,
        /** Not running today (e.g. judicial review proceedings in progress); the due date moves with the pause. */
        PAUSED,
        /** Delivered on or before the due date. */
        MET_ON_TIME,
        /** Delivered after the due date. */
        MET_LATE
    }

    public ClockState {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(originalDueOn, "originalDueOn");
        Objects.requireNonNull(phase, "phase");
        milestones = List.copyOf(milestones);
    }

    public boolean isMet() {
        return phase == Phase.MET_ON_TIME || phase == Phase.MET_LATE;
    }
}
