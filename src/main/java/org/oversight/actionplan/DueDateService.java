package org.oversight.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.actionplan.internal.ActionRow;
import org.oversight.actionplan.internal.JooqActionRepository;
import org.oversight.actionplan.internal.RevisionRow;
import org.oversight.actionplan.internal.TrackedTargets;
import org.oversight.audit.AuditLog;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.Text;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.oversight.recommendation.Handoff;
import org.oversight.recommendation.HandoffKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving an action's due date once the watchdog has seen the plan: always with a reason, always on record, the
 * original date kept on the action. A move past the date agreed with the watchdog waits for the watchdog's approval
 * and changes nothing until then: silent slippage is what public trackers are criticised for.
 */
@Service
@Transactional
public class DueDateService {

    private final JooqActionRepository actions;
    private final TrackedTargets targets;
    private final PlanRules rules;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ActionService actionService;
    private final ApplicationEventPublisher events;

    DueDateService(JooqActionRepository actions, TrackedTargets targets, PlanRules rules, CurrentUser currentUser, AuditLog audit,
                   Clock clock, ActionService actionService, ApplicationEventPublisher events) {
        this.actionService = actionService;
        this.events = events;
        this.actions = actions;
        this.targets = targets;
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return APPLIED when the date moved at once, PENDING when it waits for the watchdog */
    public RevisionStatus revise(long actionId, LocalDate newDueOn, String reason, int expectedVersion) {
        SignedInUser user = currentUser.require();
        ActionRow action = rules.readableAction(user, actionId);
        PlanRules.requireLead(user, action.plan().organisationId());
        rules.requireActionVersion(action, expectedVersion);
        if (!action.plan().status().editableByRecipient()) {
            throw new RuleViolationException(Messages.t("actionplan.due.plan-with-watchdog"));
        }
        if (!action.plan().everSubmitted()) {
            throw new RuleViolationException(Messages.t("actionplan.due.not-submitted"));
        }
        if (action.status().finished()) {
            throw new RuleViolationException(Messages.t("actionplan.due.finished", action.status().label().toLowerCase(Language.current().locale())));
        }
        if (actions.hasPendingRevision(actionId)) {
            throw new RuleViolationException(Messages.t("actionplan.due.already-pending"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String clean = Text.clean(reason);
        if (newDueOn == null) {
            errors.put("dueOn", Messages.t("actionplan.due.choose"));
        } else if (newDueOn.equals(action.dueOn())) {
            errors.put("dueOn", Messages.t("actionplan.due.same"));
        } else {
            actionService.dueDateProblem(newDueOn, action.plan().reportId()).ifPresent(m -> errors.put("dueOn", m));
        }
        if (clean.isEmpty()) {
            errors.put("reason", Messages.t("actionplan.due.reason"));
        } else if (clean.length() > ActionPlanService.MAX_TEXT) {
            errors.put("reason", Messages.t("actionplan.due.reason-length", String.valueOf(ActionPlanService.MAX_TEXT)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean needsApproval = action.agreedDueOn() != null && newDueOn.isAfter(action.agreedDueOn());
        RevisionStatus status = needsApproval ? RevisionStatus.PENDING : RevisionStatus.APPLIED;
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!needsApproval && !actions.moveDueDate(actionId, expectedVersion, newDueOn, action.agreedDueOn(), user.id(), now)) {
            throw rules.actionChanged(actionId);
        }
        long revisionId = actions.insertRevision(actionId, action.dueOn(), newDueOn, clean, status, user.id(), now);
        if (!needsApproval) {
            targets.sync(actions.answers(actionId));
        }
        audit.record("DUE_DATE_REVISION_REQUESTED", "due_date_revision", revisionId,
                Map.of("actionId", actionId, "dueOn", action.dueOn()),
                Map.of("toDueOn", newDueOn, "reason", clean, "status", status.name()));
        if (needsApproval) {
            events.publishEvent(new Handoff(HandoffKind.REVISION_REQUESTED, user.id(), action.plan().id(), null, clean,
                    action.dueOn(), newDueOn, action.title()));
        }
        return status;
    }

    /** The issuing watchdog approves (the date moves and becomes the agreed date) or refuses, with a note. */
    public void decide(long revisionId, boolean approve, String note) {
        SignedInUser user = currentUser.require();
        RevisionRow revision = readableRevision(user, revisionId);
        ActionRow action = revision.action();
        PlanRules.requireIssuingWatchdog(user, action.plan().watchdogId());
        if (revision.status() != RevisionStatus.PENDING) {
            throw new RuleViolationException(Messages.t("actionplan.due.already-decided", revision.status().label().toLowerCase(Language.current().locale())));
        }
        String clean = Text.cleanOrNull(note);
        if (!approve && clean == null) {
            throw new InvalidInputException("note", Messages.t("actionplan.due.refuse-reason"));
        }
        if (clean != null && clean.length() > ActionPlanService.MAX_TEXT) {
            throw new InvalidInputException("note", Messages.t("actionplan.plan.note-length", String.valueOf(ActionPlanService.MAX_TEXT)));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        RevisionStatus to = approve ? RevisionStatus.APPROVED : RevisionStatus.REFUSED;
        if (!actions.decideRevision(revisionId, to, clean, user.id(), now)) {
            throw new RuleViolationException(Messages.t("actionplan.due.decided-meanwhile"));
        }
        if (approve) {
            if (!actions.moveDueDate(action.id(), action.version(), revision.toDueOn(), revision.toDueOn(), user.id(), now)) {
                throw rules.actionChanged(action.id());
            }
            targets.sync(actions.answers(action.id()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        after.put("dueOn", approve ? revision.toDueOn() : action.dueOn());
        if (clean != null) {
            after.put("note", clean);
        }
        audit.record("DUE_DATE_REVISION_DECIDED", "due_date_revision", revisionId,
                Map.of("status", RevisionStatus.PENDING.name(), "dueOn", action.dueOn()), after);
        events.publishEvent(new Handoff(approve ? HandoffKind.REVISION_APPROVED : HandoffKind.REVISION_REFUSED, user.id(),
                action.plan().id(), null, clean, action.dueOn(), revision.toDueOn(), action.title()));
    }

    /** The plan a date revision belongs to, if the user may see it (the API's addresses name revisions by id). */
    @Transactional(readOnly = true)
    public long planOfRevision(long revisionId) {
        return readableRevision(currentUser.require(), revisionId).action().plan().id();
    }

    private RevisionRow readableRevision(SignedInUser user, long revisionId) {
        return actions.findRevision(revisionId)
                .filter(r -> PlanRules.canRead(user, r.action().plan().organisationId()))
                .orElseThrow(() -> new AccessDeniedException(Messages.t("actionplan.due.no-such-revision", String.valueOf(revisionId))));
    }
}
