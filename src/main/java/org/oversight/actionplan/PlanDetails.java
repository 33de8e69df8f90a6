package org.oversight.actionplan;

import java.util.List;
import java.util.Map;

/**
 * Everything the plan page shows.
 *
 * @param items        the report's items addressed to the plan's organisation
 * @param itemUpdates  updates posted on the items themselves (e.g. a completion claim), by tracked id
 */
public record PlanDetails(PlanHeader plan, List<PlanItem> items, List<ActionDetails> actions, List<PlanEventEntry> history,
                          Map<Long, List<UpdateEntry>> itemUpdates, PlanPermissions can) {

    public List<ActionDetails> actionsAnswering(long trackedId) {
        return actions.stream().filter(a -> a.answers().contains(trackedId)).toList();
    }
}
