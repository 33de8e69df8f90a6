package org.oversight.actionplan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.actionplan.internal.JooqActionRepository;
import org.oversight.actionplan.internal.JooqPlanQuery;
import org.oversight.actionplan.internal.JooqPlanRepository;
import org.oversight.actionplan.internal.JooqReturnSnapshotRepository;
import org.oversight.actionplan.internal.PlanRow;
import org.oversight.actionplan.internal.TrackedTargets;
import org.oversight.audit.AuditLog;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.Text;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.deadline.ClockService;
import org.oversight.recommendation.Handoff;
import org.oversight.recommendation.HandoffKind;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.ReportLock;
import org.oversight.recommendation.Transition;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's action plan for a report, from draft to the watchdog's decision. The items' statuses move only
 * through {@link RecommendationWorkflow}; this service adds the plan's own rules and history.
 */
@Service
@Transactional
public class ActionPlanService {

    static final int MAX_TEXT = 4000;

    private final JooqPlanRepository plans;
    private final JooqActionRepository actions;
    private final JooqPlanQuery query;
    private final TrackedTargets targets;
    private final PlanRules rules;
    private final RecommendationWorkflow workflow;
    private final ClockService clocks;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JooqReturnSnapshotRepository snapshots;
    private final SubmissionReadiness readiness;
    private final ReportLock reportLock;

    ActionPlanService(JooqPlanRepository plans, JooqActionRepository actions, JooqPlanQuery query, TrackedTargets targets, PlanRules rules,
                      RecommendationWorkflow workflow, ClockService clocks, CurrentUser currentUser, AuditLog audit,
                      Clock clock, ApplicationEventPublisher events, JooqReturnSnapshotRepository snapshots,
                      SubmissionReadiness readiness, ReportLock reportLock) {
        this.readiness = readiness;
        this.reportLock = reportLock;
        this.events = events;
        this.snapshots = snapshots;
        this.plans = plans;
        this.actions = actions;
        this.query = query;
        this.targets = targets;
        this.rules = rules;
        this.workflow = workflow;
        this.clocks = clocks;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The lead's organisation's plan for the report, started as a draft if there is none yet. */
    public long startPlan(long reportId) {
        SignedInUser user = currentUser.require();
        if (!user.role().answersRecommendations()) {
            throw new AccessDeniedException(Messages.t("actionplan.plan.start-leads-only"));
        }
        long org = user.organisationId();
        Optional<Long> existing = plans.idFor(reportId, org);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (plans.itemCount(reportId, org) == 0) {
            throw new RuleViolationException(Messages.t("actionplan.plan.nothing-to-plan", user.organisationName()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long planId = plans.create(reportId, org, user.id(), now);
        plans.event(planId, "CREATED", user.id(), now, null);
        audit.record("PLAN_CREATED", "action_plan", planId, null, Map.of("reportId", reportId, "organisationId", org));
        return planId;
    }

    /** Whether the plan exists and the user may read it, as {@link #plan} decides, in one indexed query. */
    @Transactional(readOnly = true)
    public boolean canSee(long planId) {
        return rules.visiblePlan(currentUser.require(), planId).isPresent();
    }

    @Transactional(readOnly = true)
    public PlanDetails plan(long planId) {
        SignedInUser user = currentUser.require();
        return details(user, rules.readablePlan(user, planId));
    }

    /** The plan as {@link #plan} gives it, for a plan the user was already found to read ({@link PlanPages}). */
    PlanDetails details(SignedInUser user, PlanRow row) {
        long planId = row.id();
        PlanHeader header = query.header(planId).orElseThrow();
        List<PlanItem> items = query.items(row.reportId(), row.organisationId());
        // once every item the report made to the organisation is closed, the plan is history: read-only for all
        boolean lead = PlanRules.isLead(user, row.organisationId()) && items.stream().anyMatch(i -> !i.status().isClosed());
        boolean watchdog = PlanRules.isIssuingWatchdog(user, row.watchdogId());
        PlanStatus status = row.status();
        boolean open = status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
        var can = new PlanPermissions(lead && status.editableByRecipient(), lead && open, lead && open, lead && open,
                watchdog && status == PlanStatus.SUBMITTED, lead && row.everSubmitted() && status.editableByRecipient(),
                lead, watchdog);
        return new PlanDetails(header, items, query.actions(planId), query.events(planId),
                query.itemUpdateCounts(items.stream().map(PlanItem::trackedId).toList()), can);
    }

    public void saveSummary(long planId, String summary, int expectedVersion) {
        SignedInUser user = currentUser.require();
        PlanRow plan = rules.readablePlan(user, planId);
        PlanRules.requireLead(user, plan.organisationId());
        rules.requirePlanVersion(plan, expectedVersion);
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.RETURNED) {
            throw new RuleViolationException(Messages.t(plan.status() == PlanStatus.SUBMITTED
                    ? "actionplan.plan.summary-being-decided" : "actionplan.plan.summary-accepted"));
        }
        String clean = Text.clean(summary);
        if (clean.length() > MAX_TEXT) {
            throw new InvalidInputException("summary", Messages.t("actionplan.plan.summary-length", String.valueOf(MAX_TEXT)));
        }
        if (!plans.saveSummary(planId, expectedVersion, clean.isEmpty() ? null : clean, user.id(), OffsetDateTime.now(clock))) {
            throw rules.planChanged(planId);
        }
        audit.record("PLAN_EDITED", "action_plan", planId, null, Map.of("summary", clean));
    }

    /** Sends a draft or returned plan to the watchdog with the summary it has saved. */
    public void submit(long planId, int expectedVersion) {
        submit(planId, null, expectedVersion);
    }

    /**
     * Sends a draft or returned plan to the watchdog with the summary as the lead has typed it: a changed summary is
     * saved in the same transaction, so the watchdog receives what is on the lead's screen (null: the saved one).
     * Refused, with nothing saved, for any of {@link #submissionProblems}.
     */
    public void submit(long planId, String typedSummary, int expectedVersion) {
        SignedInUser user = currentUser.require();
        PlanRow plan = rules.readablePlan(user, planId);
        PlanRules.requireLead(user, plan.organisationId());
        rules.requirePlanVersion(plan, expectedVersion);
        // the report before the audit trail's head and the items, as every writer of items (decision 0133)
        reportLock.ofReport(plan.reportId());
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.RETURNED) {
            throw new RuleViolationException(Messages.t("actionplan.plan.cannot-submit", plan.status().label().toLowerCase(Language.current().locale())));
        }
        PlanHeader header = query.header(planId).orElseThrow();
        String summary = typedSummary == null ? Text.clean(header.summary()) : Text.clean(typedSummary);
        Map<String, String> problems = readiness.problems(plan, summary);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int version = expectedVersion;
        if (!summary.equals(Text.clean(header.summary()))) {
            if (!plans.saveSummary(planId, version, summary, user.id(), now)) {
                throw rules.planChanged(planId);
            }
            audit.record("PLAN_EDITED", "action_plan", planId, null, Map.of("summary", summary));
            version++;
        }
        if (!plans.submit(planId, version, user.id(), now)) {
            throw rules.planChanged(planId);
        }
        List<Long> answered = actions.itemsAnsweredByPlan(planId);
        plans.event(planId, "SUBMITTED", user.id(), now, null);
        workflow.applyAll(answered, Transition.SUBMIT_PLAN, null);
        // the response clocks stop now (met on time or late), not at the next clock sync
        answered.forEach(trackedId -> clocks.responseReceived(trackedId, now.atZoneSameInstant(clock.getZone()).toLocalDate()));
        targets.sync(answered);
        audit.record("PLAN_SUBMITTED", "action_plan", planId, Map.of("status", plan.status().name()),
                Map.of("status", PlanStatus.SUBMITTED.name(), "items", answered));
        events.publishEvent(Handoff.onPlan(HandoffKind.PLAN_SUBMITTED, user.id(), planId, null));
    }

    /**
     * What stops the plan being submitted with {@code typedSummary} (null: the saved summary), by the form's field
     * ("summary", "actions"), in the order a person would put them right; empty when it can be submitted. The page
     * asks this before it offers to submit, and {@link #submit} asks it again.
     */
    @Transactional(readOnly = true)
    public Map<String, String> submissionProblems(long planId, String typedSummary) {
        SignedInUser user = currentUser.require();
        return submissionProblems(user, rules.readablePlan(user, planId), typedSummary);
    }

    /** As {@link #submissionProblems(long, String)}, for a plan the user was already found to read. */
    Map<String, String> submissionProblems(SignedInUser user, PlanRow plan, String typedSummary) {
        PlanRules.requireLead(user, plan.organisationId());
        String summary = typedSummary == null ? query.header(plan.id()).map(PlanHeader::summary).orElse(null) : typedSummary;
        return readiness.problems(plan, Text.clean(summary));
    }

    /** The issuing watchdog agrees the plan: its actions' dates become the agreed dates. */
    public void accept(long planId, String note, int expectedVersion) {
        SignedInUser user = currentUser.require();
        PlanRow plan = decidable(user, planId, expectedVersion);
        reportLock.ofReport(plan.reportId());
        String cleanNote = Text.cleanOrNull(note);
        if (cleanNote != null && cleanNote.length() > MAX_TEXT) {
            throw new InvalidInputException("reason", Messages.t("actionplan.plan.note-length", String.valueOf(MAX_TEXT)));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!plans.decide(planId, expectedVersion, PlanStatus.ACCEPTED, cleanNote, user.id(), now)) {
            throw rules.planChanged(planId);
        }
        plans.event(planId, "ACCEPTED", user.id(), now, cleanNote);
        actions.agreeDueDates(planId);
        List<Long> answered = actions.itemsAnsweredByPlan(planId);
        targets.sync(answered);
        workflow.applyAll(answered, Transition.ACCEPT_PLAN, null);
        targets.sync(answered);
        audit.record("PLAN_ACCEPTED", "action_plan", planId, Map.of("status", plan.status().name()),
                cleanNote == null ? Map.of("status", PlanStatus.ACCEPTED.name()) : Map.of("status", PlanStatus.ACCEPTED.name(), "note", cleanNote));
        events.publishEvent(Handoff.onPlan(HandoffKind.PLAN_ACCEPTED, user.id(), planId, cleanNote));
    }

    /** The issuing watchdog sends the plan back with reasons; the items await a plan again. */
    public void returnPlan(long planId, String reason, int expectedVersion) {
        SignedInUser user = currentUser.require();
        PlanRow plan = decidable(user, planId, expectedVersion);
        reportLock.ofReport(plan.reportId());
        String clean = Text.clean(reason);
        if (clean.isEmpty()) {
            throw new InvalidInputException("reason", Messages.t("actionplan.plan.return-reason"));
        }
        if (clean.length() > MAX_TEXT) {
            throw new InvalidInputException("reason", Messages.t("actionplan.plan.return-reason-length", String.valueOf(MAX_TEXT)));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!plans.decide(planId, expectedVersion, PlanStatus.RETURNED, clean, user.id(), now)) {
            throw rules.planChanged(planId);
        }
        plans.event(planId, "RETURNED", user.id(), now, clean);
        // what the plan said when returned, so that its resubmission shows the watchdog what changed (PlanChangeService)
        snapshots.take(planId, now);
        List<Long> answered = actions.itemsAnsweredByPlan(planId);
        workflow.applyAll(answered, Transition.RETURN_PLAN, clean);
        targets.sync(answered);
        audit.record("PLAN_RETURNED", "action_plan", planId, Map.of("status", plan.status().name()),
                Map.of("status", PlanStatus.RETURNED.name(), "reason", clean));
        events.publishEvent(Handoff.onPlan(HandoffKind.PLAN_RETURNED, user.id(), planId, clean));
    }

    private PlanRow decidable(SignedInUser user, long planId, int expectedVersion) {
        PlanRow plan = rules.readablePlan(user, planId);
        PlanRules.requireIssuingWatchdog(user, plan.watchdogId());
        rules.requirePlanVersion(plan, expectedVersion);
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw new RuleViolationException(Messages.t("actionplan.plan.cannot-decide", plan.status().label().toLowerCase(Language.current().locale())));
        }
        return plan;
    }

    static EnumSet<PlanStatus> editableStates() {
        return EnumSet.of(PlanStatus.DRAFT, PlanStatus.RETURNED, PlanStatus.ACCEPTED);
    }
}
