package org.oversight.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.oversight.actionplan.ActionDetails;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.PlanDetails;
import org.oversight.actionplan.PlanEventEntry;
import org.oversight.actionplan.PlanHeader;
import org.oversight.actionplan.PlanItem;
import org.oversight.actionplan.PlanPermissions;
import org.oversight.actionplan.PlanUpdates;
import org.oversight.actionplan.UpdateEntry;

/**
 * An action plan as the API answers it: whole, with every action's updates and the items' own in the body, as it
 * always has. The plan screen reads the updates only when they are opened (decision 0136), so the service's
 * {@link PlanDetails} carries their counts; the API adds the updates themselves from {@link PlanUpdates}.
 *
 * @param itemUpdates updates posted on the items themselves, by tracked id (items without any left out)
 */
record PlanBody(PlanHeader plan, List<PlanItem> items, List<ActionBody> actions, List<PlanEventEntry> history,
                Map<Long, List<UpdateEntry>> itemUpdates, PlanPermissions can) {

    /** An action with its updates, newest first. */
    record ActionBody(@JsonUnwrapped ActionDetails action, List<UpdateEntry> updates) {
    }

    /** The plan as the caller may read it now (the services' access rules, as for the plan screen). */
    static PlanBody read(ActionPlanService plans, PlanUpdates updates, long planId) {
        return of(plans.plan(planId), updates.ofPlan(planId));
    }

    static PlanBody of(PlanDetails d, PlanUpdates.All updates) {
        return new PlanBody(d.plan(), d.items(), d.actions().stream().map(a -> action(a, updates)).toList(), d.history(),
                updates.byItem(), d.can());
    }

    static ActionBody action(ActionDetails a, PlanUpdates.All updates) {
        return new ActionBody(a, updates.byAction().getOrDefault(a.id(), List.of()));
    }
}
