package org.oversight.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.oversight.actionplan.internal.JooqActionRepository;
import org.oversight.actionplan.internal.JooqPlanQuery;
import org.oversight.actionplan.internal.JooqPlanRepository;
import org.oversight.actionplan.internal.PlanRow;
import org.oversight.audit.AuditLog;
import org.oversight.base.InvalidInputException;
import org.oversight.base.i18n.Messages;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many actions added to one plan at once (a spreadsheet import): the same access rule and the same checks as
 * {@link ActionService#addAction}, with what they need of the plan looked up once, and the plan's items brought in
 * step once at the end rather than after every action.
 */
@Service
public class ActionBatch {

    private final ActionService single;
    private final JooqPlanRepository plans;
    private final JooqActionRepository actions;
    private final JooqPlanQuery query;
    private final PlanRules rules;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ActionBatch(ActionService single, JooqPlanRepository plans, JooqActionRepository actions, JooqPlanQuery query,
                PlanRules rules, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.single = single;
        this.plans = plans;
        this.actions = actions;
        this.query = query;
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A batch action refused by the checks: which one (from 0) and why, field by field. */
    public static final class Refusal extends RuntimeException {
        private final int index;
        private final transient Map<String, String> fieldMessages;

        Refusal(int index, Map<String, String> fieldMessages) {
            super(String.join(" ", fieldMessages.values()));
            this.index = index;
            this.fieldMessages = Map.copyOf(fieldMessages);
        }

        public int index() {
            return index;
        }

        public Map<String, String> fieldMessages() {
            return fieldMessages;
        }
    }

    /**
     * The plan, if the signed-in user may add actions to it now: the lead of the plan's own organisation, while the
     * plan is not with the watchdog. Anyone else is refused as by {@link ActionService#addAction}.
     */
    @Transactional(readOnly = true)
    public PlanItems target(long planId) {
        SignedInUser user = currentUser.require();
        PlanRow plan = rules.readablePlan(user, planId);
        PlanRules.requireLead(user, plan.organisationId());
        single.requireEditable(plan);
        return new PlanItems(planId, query.items(plan.reportId(), plan.organisationId()));
    }

    /** The plan's recommendations to the organisation, which the actions answer. */
    public record PlanItems(long planId, List<PlanItem> items) {
    }

    /**
     * Checks each action as adding it would, and saves nothing.
     *
     * @return each action's problems by field (empty when it would be added)
     */
    @Transactional(readOnly = true)
    public List<Map<String, String>> check(long planId, List<ActionInput> inputs, IntConsumer progress) {
        SignedInUser user = currentUser.require();
        PlanRow plan = rules.readablePlan(user, planId);
        PlanRules.requireLead(user, plan.organisationId());
        Checks checks = checks(plan);
        List<Map<String, String>> out = new ArrayList<>(inputs.size());
        for (ActionInput input : inputs) {
            Map<String, String> problems = Map.of();
            if (input != null) {
                try {
                    checks.validate(input);
                } catch (InvalidInputException e) {
                    problems = e.fieldMessages();
                }
            }
            out.add(problems);
            if (out.size() % 100 == 0) {
                progress.accept(out.size());
            }
        }
        return out;
    }

    /**
     * Adds every action, in the caller's transaction: the first refused action throws {@link Refusal} and, the
     * transaction rolling back, none is added. Each action is audited as when added on the plan's page.
     *
     * @return the new actions' ids, in order
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> addAll(long planId, List<ActionInput> inputs, IntConsumer progress) {
        SignedInUser user = currentUser.require();
        PlanRow plan = rules.readablePlan(user, planId);
        PlanRules.requireLead(user, plan.organisationId());
        single.requireEditable(plan);
        Checks checks = checks(plan);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!plans.touch(planId, ActionPlanService.editableStates(), user.id(), now)) {
            throw rules.planChanged(planId);
        }
        List<Long> ids = new ArrayList<>(inputs.size());
        Set<Long> affected = new HashSet<>();
        ActionStatus furthest = ActionStatus.NOT_STARTED;
        int progressSeen = 0;
        for (int i = 0; i < inputs.size(); i++) {
            ActionService.Clean in;
            try {
                in = checks.validate(inputs.get(i));
            } catch (InvalidInputException e) {
                throw new Refusal(i, e.fieldMessages());
            }
            long id = actions.insert(planId, in.title(), in.description(), in.owner(), in.dueOn(), in.progress(),
                    in.status(), in.status() == ActionStatus.DONE ? checks.today : null, user.id(), now);
            actions.link(id, in.answers());
            audit.record("ACTION_CREATED", "action", id, null, in.asMap());
            affected.addAll(in.answers());
            if (in.status() == ActionStatus.IN_PROGRESS || in.status() == ActionStatus.DONE) {
                furthest = ActionStatus.IN_PROGRESS;
            }
            progressSeen = Math.max(progressSeen, in.progress());
            ids.add(id);
            if (ids.size() % 100 == 0) {
                progress.accept(ids.size());
            }
        }
        if (plan.status() == PlanStatus.ACCEPTED) {
            plans.event(planId, "REVISED", user.id(), now, Messages.t("actionplan.import.event", ids.size()));
        }
        single.afterChange(plan, affected, furthest, progressSeen);
        progress.accept(ids.size());
        return ids;
    }

    private Checks checks(PlanRow plan) {
        LocalDate published = query.publishedOn(plan.reportId());
        Function<LocalDate, Optional<String>> dueDate = d -> single.dueDateProblem(d, plan.reportId(), published);
        return new Checks(single, single.openItems(plan), LocalDate.now(clock), dueDate);
    }

    private record Checks(ActionService single, Set<Long> allowed, LocalDate today,
                          Function<LocalDate, Optional<String>> dueDate) {
        ActionService.Clean validate(ActionInput input) {
            return single.validate(input, allowed, true, today, dueDate);
        }
    }
}
