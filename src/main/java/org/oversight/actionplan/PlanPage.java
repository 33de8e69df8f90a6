package org.oversight.actionplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the plan page shows, read at once ({@link PlanPages}).
 *
 * @param details        the plan, its items, actions, history and what the user may do ({@link ActionPlanService#plan})
 * @param blockers       why each item cannot be reported complete yet, by tracked id (absent when it can); empty for
 *                       anyone but the plan's lead
 * @param changes        what changed since the watchdog returned the plan, while it awaits a decision again
 *                       ({@link PlanChangeService#sinceReturn})
 * @param comments       the conversation on the plan, oldest first ({@link PlanCommentService#comments})
 * @param mayComment     whether the user may write in the conversation ({@link PlanCommentService#mayComment})
 * @param actionsProblem what about the plan's actions stops it being submitted, or null: asked only of a lead who
 *                       may submit ({@link ActionPlanService#submissionProblems}, its "actions" field)
 */
public record PlanPage(PlanDetails details, Map<Long, String> blockers, Optional<PlanChanges> changes,
                       List<PlanComment> comments, boolean mayComment, String actionsProblem) {
}
