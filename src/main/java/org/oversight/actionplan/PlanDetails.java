package org.oversight.actionplan;

import java.util.List;
import java.util.Map;

/**
 * Everything the plan page shows.
 *
 * @param items        the report's items addressed to the plan's organisation
 * @param itemUpdateCounts how many updates were posted on each item itself (e.g. a completion claim), by tracked id,
 *                         items without any left out; the updates are read when opened ({@link PlanUpdates})
 */
public record PlanDetails(PlanHeader plan, List<PlanItem> items, List<ActionDetails> actions, List<PlanEventEntry> history,
                          Map<Long, Integer> itemUpdateCounts, PlanPermissions can) {

    public List<ActionDetails> actionsAnswering(long trackedId) {
        return actions.stream().filter(a -> a.answers().contains(trackedId)).toList();
    }
}
