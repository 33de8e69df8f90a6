package org.oversight.actionplan;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oversight.actionplan.internal.ActionRow;
import org.oversight.actionplan.internal.JooqActionRepository;
import org.oversight.actionplan.internal.JooqPlanRepository;
import org.oversight.actionplan.internal.PlanRow;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Status;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change what, for every action plan service. A plan or action someone may not read is reported
 * exactly like one that does not exist, so that ids cannot be probed.
 */
@Component
class PlanRules {

    private final JooqPlanRepository plans;
    private final JooqActionRepository actions;

    PlanRules(JooqPlanRepository plans, JooqActionRepository actions) {
        this.plans = plans;
        this.actions = actions;
    }

    PlanRow readablePlan(SignedInUser user, long planId) {
        return visiblePlan(user, planId)
                .orElseThrow(() -> new AccessDeniedException(Messages.t("actionplan.rules.no-such-plan", String.valueOf(planId))));
    }

    /** The plan, if it exists and the user may read it; one query on the plan's primary key. */
    Optional<PlanRow> visiblePlan(SignedInUser user, long planId) {
        return plans.find(planId).filter(p -> canRead(user, p.organisationId()));
    }

    ActionRow readableAction(SignedInUser user, long actionId) {
        return actions.find(actionId).filter(a -> canRead(user, a.plan().organisationId()))
                .orElseThrow(() -> new AccessDeniedException(Messages.t("actionplan.rules.no-such-action", String.valueOf(actionId))));
    }

    static boolean canRead(SignedInUser user, long organisationId) {
        return ItemScope.of(user).includes(organisationId);
    }

    /** Force and national leads change their own organisation's plans; nobody else does. */
    static boolean isLead(SignedInUser user, long organisationId) {
        return user.role().answersRecommendations() && user.actsFor(organisationId);
    }

    /** The plan's own lead and the issuing watchdog's staff write in its conversation; others read it. */
    static boolean mayComment(SignedInUser user, PlanRow plan) {
        return isLead(user, plan.organisationId()) || isIssuingWatchdog(user, plan.watchdogId());
    }

    /** Only staff of the watchdog that published the report decide on plans and date revisions. */
    static boolean isIssuingWatchdog(SignedInUser user, long watchdogId) {
        return user.is(Role.WATCHDOG) && user.actsFor(watchdogId);
    }

    static void requireLead(SignedInUser user, long organisationId) {
        if (!isLead(user, organisationId)) {
            throw new AccessDeniedException(Messages.t("actionplan.rules.leads-only"));
        }
    }

    static void requireIssuingWatchdog(SignedInUser user, long watchdogId) {
        if (!isIssuingWatchdog(user, watchdogId)) {
            throw new AccessDeniedException(Messages.t("actionplan.rules.watchdog-only"));
        }
    }

    void requirePlanVersion(PlanRow plan, int expectedVersion) {
        if (plan.version() != expectedVersion) {
            throw planChanged(plan.id());
        }
    }

    ConcurrentEditException planChanged(long planId) {
        var last = plans.lastChange(planId);
        return new ConcurrentEditException(Messages.t("actionplan.rules.this-plan"), last.changedBy(), last.changedAt());
    }

    void requireActionVersion(ActionRow action, int expectedVersion) {
        if (action.version() != expectedVersion) {
            throw actionChanged(action.id());
        }
    }

    ConcurrentEditException actionChanged(long actionId) {
        var last = actions.lastChange(actionId);
        return new ConcurrentEditException(Messages.t("actionplan.rules.this-action"), last.changedBy(), last.changedAt());
    }

    /**
     * Why an item cannot be reported complete yet, or null when it can: every action answering it is finished and
     * at least one was done (cancelled actions alone implement nothing).
     */
    static String completionBlocker(Status status, List<ActionState> answering) {
        if (status != Status.PLAN_ACCEPTED && status != Status.IN_PROGRESS) {
            return Messages.t("actionplan.rules.complete-needs-accepted-plan",
                    status.label().toLowerCase(Language.current().locale()));
        }
        if (answering.isEmpty()) {
            return Messages.t("actionplan.rules.complete-needs-action");
        }
        List<ActionState> open = answering.stream().filter(a -> !a.status().finished()).toList();
        if (!open.isEmpty()) {
            return Messages.t("actionplan.rules.complete-finish-first", open.stream()
                    .map(a -> Messages.t("actionplan.rules.action-state", a.title(),
                            a.status().label().toLowerCase(Language.current().locale()), String.valueOf(a.progress())))
                    .collect(Collectors.joining("; ")));
        }
        if (answering.stream().noneMatch(a -> a.status() == ActionStatus.DONE)) {
            return Messages.t("actionplan.rules.complete-all-cancelled");
        }
        return null;
    }

    /** What the completion rule needs to know about an action. */
    record ActionState(String title, ActionStatus status, int progress) {
    }
}
