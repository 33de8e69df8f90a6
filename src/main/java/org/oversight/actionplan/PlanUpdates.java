package org.oversight.actionplan;

import java.util.List;
import java.util.Map;
import org.oversight.actionplan.internal.JooqPlanQuery;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The updates of one item or one action of a plan, read when the reader opens them on the plan page. The page itself
 * ({@link ActionPlanService#plan}) carries only how many there are, so that what it costs and what each session keeps
 * does not grow with a plan's history: with every update read up front, a plan that had 1,466 updates posted kept
 * 1,146 of them in each session that showed it (docs/performance.md, "Capacity", 3 December 2026). Whoever may read
 * the plan may read its updates, as {@link ActionPlanService#plan} decides.
 */
@Service
@Transactional(readOnly = true)
public class PlanUpdates {

    private final JooqPlanQuery query;
    private final PlanRules rules;
    private final CurrentUser currentUser;

    PlanUpdates(JooqPlanQuery query, PlanRules rules, CurrentUser currentUser) {
        this.query = query;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /** Every update of a plan, by action and by item (each newest first): for the API, which answers a plan whole. */
    public record All(Map<Long, List<UpdateEntry>> byAction, Map<Long, List<UpdateEntry>> byItem) {
    }

    /** Every update of the plan's actions and of its items themselves. */
    public All ofPlan(long planId) {
        rules.readablePlan(currentUser.require(), planId);
        return new All(query.actionUpdates(planId), query.itemUpdates(planId));
    }

    /** The updates posted on the item itself, newest first; none when the item is not one of the plan's. */
    public List<UpdateEntry> ofItem(long planId, long trackedId) {
        rules.readablePlan(currentUser.require(), planId);
        return query.itemUpdates(planId, trackedId);
    }

    /**
     * How many updates were posted on the item itself; 0 when the item is not one of the plan's. The plan page shows
     * this afresh after the reader posts one, the only thing on the page that posting an item update changes
     * (decision 0144).
     */
    public int countOfItem(long planId, long trackedId) {
        rules.readablePlan(currentUser.require(), planId);
        return query.itemUpdateCount(planId, trackedId);
    }

    /** The updates posted on the action, newest first; none when the action is not the plan's. */
    public List<UpdateEntry> ofAction(long planId, long actionId) {
        rules.readablePlan(currentUser.require(), planId);
        return query.actionUpdates(planId, actionId);
    }
}
