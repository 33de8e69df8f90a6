package org.oversight.dashboard.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * The actions of one action plan, for a Gantt chart.
 *
 * @param plan    the plan's name, shown in the title
 * @param today   the date the "Today" line marks and against which open actions are overdue (passed in, not read
 *                from a clock, so the chart is reproducible and cacheable)
 * @param actions the actions, drawn top to bottom in the order given
 */
public record ActionPlanTimeline(String plan, LocalDate today, List<PlannedAction> actions) implements ChartData {

    /**
     * One action.
     *
     * @param start       when work starts: the plan's start or the action's creation date
     * @param due         the current due date
     * @param originalDue the due date first agreed; equal to {@code due} if it never moved
     * @param done        whether the action is complete
     */
    public record PlannedAction(String name, LocalDate start, LocalDate due, LocalDate originalDue, boolean done) {
        public PlannedAction {
            if (name == null || start == null || due == null || originalDue == null) {
                throw new IllegalArgumentException("an action needs a name, a start, a due and an original due date");
            }
        }

        public PlannedAction(String name, LocalDate start, LocalDate due, boolean done) {
            this(name, start, due, due, done);
        }

        public boolean moved() {
            return !due.equals(originalDue);
        }

        public boolean overdueOn(LocalDate day) {
            return !done && due.isBefore(day);
        }
    }

    public ActionPlanTimeline {
        actions = List.copyOf(actions);
        if (plan == null || today == null) {
            throw new IllegalArgumentException("a timeline needs a plan name and today's date");
        }
    }

    @Override
    public boolean isEmpty() {
        return actions.isEmpty();
    }
}
