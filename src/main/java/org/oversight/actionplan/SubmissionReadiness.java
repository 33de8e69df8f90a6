package org.oversight.actionplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oversight.actionplan.internal.JooqActionRepository;
import org.oversight.actionplan.internal.JooqPlanQuery;
import org.oversight.actionplan.internal.PlanRow;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Component;

/**
 * What stops a plan being submitted, by the form's field ("summary", "actions"), in the order a person would put them
 * right: asked by {@link ActionPlanService} before the page offers to submit and again on submit.
 */
@Component
class SubmissionReadiness {

    private final JooqActionRepository actions;
    private final JooqPlanQuery query;

    SubmissionReadiness(JooqActionRepository actions, JooqPlanQuery query) {
        this.actions = actions;
        this.query = query;
    }

    /** Empty when the plan, with this (cleaned) summary, can be submitted. */
    Map<String, String> problems(PlanRow plan, String summary) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (summary.isEmpty()) {
            problems.put("summary", Messages.t("actionplan.submit.summary"));
        } else if (summary.length() > ActionPlanService.MAX_TEXT) {
            problems.put("summary", Messages.t("actionplan.plan.summary-length", String.valueOf(ActionPlanService.MAX_TEXT)));
        }
        if (actions.countInPlan(plan.id()) == 0) {
            problems.put("actions", Messages.t("actionplan.submit.no-actions"));
        } else {
            List<Long> answered = actions.itemsAnsweredByPlan(plan.id());
            List<PlanItem> unanswered = query.items(plan.reportId(), plan.organisationId()).stream()
                    .filter(i -> (i.status() == Status.OPEN || i.status() == Status.PLAN_AWAITED) && !answered.contains(i.trackedId()))
                    .toList();
            if (!unanswered.isEmpty()) {
                problems.put("actions", Messages.t("actionplan.submit.unanswered",
                        unanswered.stream().map(PlanItem::reference).collect(Collectors.joining(", "))));
            }
        }
        return problems;
    }
}
