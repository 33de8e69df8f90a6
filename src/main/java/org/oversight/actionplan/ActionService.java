package org.oversight.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.base.Formats;
import org.oversight.base.DateWindow;
import org.oversight.actionplan.internal.ActionRow;
import org.oversight.actionplan.internal.JooqActionRepository;
import org.oversight.actionplan.internal.JooqPlanQuery;
import org.oversight.actionplan.internal.JooqPlanRepository;
import org.oversight.actionplan.internal.PlanRow;
import org.oversight.actionplan.internal.TrackedTargets;
import org.oversight.audit.AuditLog;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.Text;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Transition;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions of a plan: adding, editing and removing them. Each action answers one or more of the report's items
 * addressed to the plan's organisation, and every change keeps those items' target dates in step.
 */
@Service
@Transactional
public class ActionService {

    private final JooqPlanRepository plans;
    private final JooqActionRepository actions;
    private final JooqPlanQuery query;
    private final TrackedTargets targets;
    private final PlanRules rules;
    private final RecommendationWorkflow workflow;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Submissions submissions;
    private final Clock clock;
    private final DateWindow dates;

    ActionService(JooqPlanRepository plans, JooqActionRepository actions, JooqPlanQuery query, TrackedTargets targets, PlanRules rules,
                  RecommendationWorkflow workflow, CurrentUser currentUser, AuditLog audit, Submissions submissions,
                  Clock clock, DateWindow dates) {
        this.dates = dates;
        this.plans = plans;
        this.actions = actions;
        this.query = query;
        this.targets = targets;
        this.rules = rules;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The plan an action belongs to, if the user may see it (the API's addresses name actions by id). */
    @Transactional(readOnly = true)
    public long planOf(long actionId) {
        return rules.readableAction(currentUser.require(), actionId).plan().id();
    }

    /** An action as its plan's page shows it, if the user may see the plan (the API's answer about one action). */
    @Transactional(readOnly = true)
    public ActionDetails action(long actionId) {
        rules.readableAction(currentUser.require(), actionId);
        return query.action(actionId).orElseThrow();
    }

    /** Adds an action; the same form sent again (same key) is answered with the first action's id. */
    public long addAction(long planId, ActionInput input, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        return submissions.once(key, "action", user.id(), () -> addAction(user, planId, input));
    }

    private long addAction(SignedInUser user, long planId, ActionInput input) {
        PlanRow plan = rules.readablePlan(user, planId);
        PlanRules.requireLead(user, plan.organisationId());
        requireEditable(plan);
        LocalDate today = LocalDate.now(clock);
        Clean in = validate(input, plan, Set.of(), true, today);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!plans.touch(planId, ActionPlanService.editableStates(), user.id(), now)) {
            throw rules.planChanged(planId);
        }
        long id = actions.insert(planId, in.title, in.description, in.owner, in.dueOn, in.progress, in.status,
                in.status == ActionStatus.DONE ? today : null, user.id(), now);
        actions.link(id, in.answers);
        if (plan.status() == PlanStatus.ACCEPTED) {
            plans.event(planId, "REVISED", user.id(), now, Messages.t("actionplan.action.added-to-accepted", in.title));
        }
        afterChange(plan, in.answers, in.status, in.progress);
        audit.record("ACTION_CREATED", "action", id, null, in.asMap());
        return id;
    }

    public void editAction(long actionId, ActionInput input, int expectedVersion) {
        SignedInUser user = currentUser.require();
        ActionRow action = rules.readableAction(user, actionId);
        PlanRow plan = action.plan();
        PlanRules.requireLead(user, plan.organisationId());
        rules.requireActionVersion(action, expectedVersion);
        requireEditable(plan);
        LocalDate today = LocalDate.now(clock);
        boolean dateFree = !plan.everSubmitted();
        Set<Long> before = actions.answers(actionId);
        Clean in = validate(input, plan, before, dateFree && !action.dueOn().equals(input.dueOn()), today);
        if (!dateFree && !in.dueOn.equals(action.dueOn())) {
            throw new InvalidInputException("dueOn", Messages.t("actionplan.action.use-revise"));
        }
        LocalDate completedOn = in.status != ActionStatus.DONE ? null
                : action.completedOn() != null ? action.completedOn() : today;
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!actions.update(actionId, expectedVersion, in.title, in.description, in.owner, in.dueOn,
                dateFree ? in.dueOn : action.originalDueOn(), in.progress, in.status, completedOn, user.id(), now)) {
            throw rules.actionChanged(actionId);
        }
        if (!before.equals(in.answers)) {
            actions.link(actionId, in.answers);
        }
        plans.touch(plan.id(), ActionPlanService.editableStates(), user.id(), now);
        Set<Long> affected = new HashSet<>(before);
        affected.addAll(in.answers);
        afterChange(plan, affected, in.status, in.progress);
        audit.record("ACTION_EDITED", "action", actionId, Map.of("title", action.title(), "ownerName", action.ownerName(),
                "dueOn", action.dueOn(), "progress", action.progress(), "status", action.status().name(), "answers", before),
                in.asMap());
    }

    /** Removes an action from a plan the watchdog has not agreed, as long as no history hangs on it. */
    public void deleteAction(long actionId, int expectedVersion) {
        SignedInUser user = currentUser.require();
        ActionRow action = rules.readableAction(user, actionId);
        PlanRow plan = action.plan();
        PlanRules.requireLead(user, plan.organisationId());
        rules.requireActionVersion(action, expectedVersion);
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.RETURNED) {
            throw new RuleViolationException(Messages.t("actionplan.action.delete-seen"));
        }
        if (actions.hasHistory(actionId)) {
            throw new RuleViolationException(Messages.t("actionplan.action.delete-history"));
        }
        Set<Long> answers = actions.answers(actionId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!actions.delete(actionId, expectedVersion)) {
            throw rules.actionChanged(actionId);
        }
        plans.touch(plan.id(), ActionPlanService.editableStates(), user.id(), now);
        targets.sync(answers);
        audit.record("ACTION_DELETED", "action", actionId, Map.of("title", action.title(), "answers", answers), null);
    }

    void requireEditable(PlanRow plan) {
        if (!plan.status().editableByRecipient()) {
            throw new RuleViolationException(Messages.t("actionplan.action.plan-with-watchdog"));
        }
        if (query.items(plan.reportId(), plan.organisationId()).stream().allMatch(i -> i.status().isClosed())) {
            throw new RuleViolationException(Messages.t("actionplan.action.all-closed"));
        }
    }

    /** Keeps targets in step and, once work on an agreed plan starts, moves the items it answers to "in progress". */
    void afterChange(PlanRow plan, Set<Long> items, ActionStatus status, int progress) {
        boolean started = status == ActionStatus.IN_PROGRESS || status == ActionStatus.DONE || progress > 0;
        if (plan.status() == PlanStatus.ACCEPTED && started) {
            workflow.applyAll(List.copyOf(items), Transition.START_WORK, null);
        }
        targets.sync(items);
    }

    /**
     * Plausible dates only (decision 0010): inside {@link DateWindow}, and not before the report was published.
     */
    java.util.Optional<String> dueDateProblem(LocalDate dueOn, long reportId) {
        return dueDateProblem(dueOn, reportId, null);
    }

    /** @param published the report's publication date if already looked up, else null */
    java.util.Optional<String> dueDateProblem(LocalDate dueOn, long reportId, LocalDate published) {
        java.util.Optional<String> outside = dates.problem(dueOn, Messages.t("actionplan.action.the-due-date"));
        if (outside.isPresent()) {
            return outside;
        }
        if (published == null) {
            published = query.publishedOn(reportId);
        }
        if (dueOn.isBefore(published)) {
            return java.util.Optional.of(Messages.t("actionplan.action.due-before-published", Formats.date(published)));
        }
        return java.util.Optional.empty();
    }

    /** @param alreadyAnswered items the action answers now, which it may keep answering even once they are closed */
    private Clean validate(ActionInput input, PlanRow plan, Set<Long> alreadyAnswered, boolean checkDateNotPast,
                           LocalDate today) {
        Set<Long> allowed = new HashSet<>(openItems(plan));
        allowed.addAll(alreadyAnswered);
        return validate(input, allowed, checkDateNotPast, today, d -> dueDateProblem(d, plan.reportId()));
    }

    /** The plan's items an action may answer: the report's open recommendations to the plan's organisation. */
    Set<Long> openItems(PlanRow plan) {
        return new HashSet<>(query.items(plan.reportId(), plan.organisationId()).stream()
                .filter(i -> !i.status().isClosed()).map(PlanItem::trackedId).toList());
    }

    /**
     * The checks of a new or edited action, with what they need of the plan already looked up (a batch of actions
     * looks it up once).
     *
     * @param allowed        the items the action may answer
     * @param dueDateProblem the plausibility check of the due date ({@link #dueDateProblem})
     */
    // a batch's preview checks every row in its own read-only transaction and collects the refusals: one refused row
    // must not mark that transaction rollback-only (its commit would then fail and the preview never show)
    @Transactional(noRollbackFor = InvalidInputException.class)
    Clean validate(ActionInput input, Set<Long> allowed, boolean checkDateNotPast, LocalDate today,
                   java.util.function.Function<LocalDate, java.util.Optional<String>> dueDateProblem) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(input.title());
        String owner = Text.cleanName(input.ownerName());
        String description = text(input.description());
        if (title.isEmpty()) {
            errors.put("title", Messages.t("actionplan.action.check.title"));
        } else if (title.length() > 300) {
            errors.put("title", Messages.t("actionplan.action.check.title-length"));
        }
        if (owner.isEmpty()) {
            errors.put("ownerName", Messages.t("actionplan.action.check.owner"));
        } else if (owner.length() > 120) {
            errors.put("ownerName", Messages.t("actionplan.action.check.owner-length"));
        }
        if (description.length() > ActionPlanService.MAX_TEXT) {
            errors.put("description", Messages.t("actionplan.action.check.description-length", String.valueOf(ActionPlanService.MAX_TEXT)));
        }
        if (input.dueOn() == null) {
            errors.put("dueOn", Messages.t("actionplan.action.check.due"));
        } else if (checkDateNotPast && input.dueOn().isBefore(today)) {
            errors.put("dueOn", Messages.t("actionplan.action.check.due-past"));
        } else {
            dueDateProblem.apply(input.dueOn()).ifPresent(m -> errors.put("dueOn", m));
        }
        int progress = input.progress() == null ? 0 : input.progress();
        if (progress < 0 || progress > 100) {
            errors.put("progress", Messages.t("actionplan.action.check.progress"));
        }
        ActionStatus status = input.status() == null ? ActionStatus.NOT_STARTED : input.status();
        Set<Long> answers = input.answers() == null ? Set.of() : Set.copyOf(input.answers());
        if (answers.isEmpty()) {
            errors.put("answers", Messages.t("actionplan.action.check.answers"));
        } else if (!allowed.containsAll(answers)) {
            errors.put("answers", Messages.t("actionplan.action.check.answers-allowed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (status == ActionStatus.DONE) {
            progress = 100;
        } else if (status == ActionStatus.NOT_STARTED && progress > 0) {
            status = ActionStatus.IN_PROGRESS;
        }
        return new Clean(title, description.isEmpty() ? null : description, owner, input.dueOn(), progress, status, answers);
    }

    private static String text(String s) {
        return Text.clean(s);
    }

    record Clean(String title, String description, String owner, LocalDate dueOn, int progress,
                         ActionStatus status, Set<Long> answers) {
        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", title);
            m.put("ownerName", owner);
            m.put("dueOn", dueOn);
            m.put("progress", progress);
            m.put("status", status.name());
            m.put("answers", answers.stream().sorted().toList());
            return m;
        }
    }
}
