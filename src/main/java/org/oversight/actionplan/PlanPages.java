package org.oversight.actionplan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.actionplan.internal.PlanRow;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the plan page in one transaction with one access check: the page is read on every visit and again after
 * every change made on it, and reading it piece by piece from each service took five transactions, each finding the
 * plan and checking access again (decision 0143). Each piece is what its own service gives.
 */
@Service
@Transactional(readOnly = true)
public class PlanPages {

    private final ActionPlanService plans;
    private final PlanChangeService changes;
    private final PlanCommentService comments;
    private final PlanRules rules;
    private final CurrentUser currentUser;

    PlanPages(ActionPlanService plans, PlanChangeService changes, PlanCommentService comments, PlanRules rules,
              CurrentUser currentUser) {
        this.plans = plans;
        this.changes = changes;
        this.comments = comments;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /** The plan page; refused exactly as {@link ActionPlanService#plan} refuses a plan the user may not read. */
    public PlanPage page(long planId) {
        SignedInUser user = currentUser.require();
        PlanRow row = rules.readablePlan(user, planId);
        PlanDetails details = plans.details(user, row);
        String actionsProblem = details.can().submit() ? plans.submissionProblems(user, row, null).get("actions") : null;
        return new PlanPage(details, completionBlockers(user, details), changes.sinceReturn(row), comments.comments(row),
                PlanRules.mayComment(user, row), actionsProblem);
    }

    /** Why each item cannot be reported complete yet (absent when it can), for the plan's lead; empty for others. */
    private static Map<Long, String> completionBlockers(SignedInUser user, PlanDetails details) {
        if (!PlanRules.isLead(user, details.plan().organisationId())) {
            return Map.of();
        }
        Map<Long, String> blockers = new LinkedHashMap<>();
        for (PlanItem item : details.items()) {
            var states = details.actionsAnswering(item.trackedId()).stream()
                    .map(a -> new PlanRules.ActionState(a.title(), a.status(), a.progress())).toList();
            String blocker = PlanRules.completionBlocker(item.status(), states);
            if (blocker != null) {
                blockers.put(item.trackedId(), blocker);
            }
        }
        return blockers;
    }
}
