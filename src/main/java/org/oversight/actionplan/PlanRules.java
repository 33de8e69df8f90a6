package org.oversight.actionplan;

import java.util.List;
import java.util.stream.Collectors;
import org.oversight.actionplan.internal.ActionRow;
import org.oversight.actionplan.internal.JooqActionRepository;
import org.oversight.actionplan.internal.JooqPlanRepository;
import org.oversight.actionplan.internal.PlanRow;
import org.oversight.base.ConcurrentEditException;
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
        return plans.find(planId).filter(p -> canRead(user, p.organisationId()))
                .orElseThrow(() -> new AccessDeniedException("There is no action plan " + planId + " that you can see."));
    }

    ActionRow readableAction(SignedInUser user, long actionId) {
        return actions.find(actionId).filter(a -> canRead(user, a.plan().organisationId()))
                .orElseThrow(() -> new AccessDeniedException("There is no action " + actionId + " that you can see."));
    }

    static boolean canRead(SignedInUser user, long organisationId) {
        return ItemScope.of(user).includes(organisationId);
    }

    /** Force and national leads change their own organisation's plans; nobody else does. */
    static boolean isLead(SignedInUser user, long organisationId) {
        return user.role().answersRecommendations() && user.actsFor(organisationId);
    }

    /** Only staff of the watchdog that published the report decide on plans and date revisions. */
    static boolean isIssuingWatchdog(SignedInUser user, long watchdogId) {
        return user.is(Role.WATCHDOG) && user.actsFor(watchdogId);
    }

    static void requireLead(SignedInUser user, long organisationId) {
        if (!isLead(user, organisationId)) {
            throw new AccessDeniedException("Only the organisation's force or national lead may change its action plan.");
        }
    }

    static void requireIssuingWatchdog(SignedInUser user, long watchdogId) {
        if (!isIssuingWatchdog(user, watchdogId)) {
            throw new AccessDeniedException("Only staff of the watchdog that published the report may decide on this.");
        }
    }

    void requirePlanVersion(PlanRow plan, int expectedVersion) {
        if (plan.version() != expectedVersion) {
            throw planChanged(plan.id());
        }
    }

    ConcurrentEditException planChanged(long planId) {
        var last = plans.lastChange(planId);
        return new ConcurrentEditException("This action plan", last.changedBy(), last.changedAt());
    }

    void requireActionVersion(ActionRow action, int expectedVersion) {
        if (action.version() != expectedVersion) {
            throw actionChanged(action.id());
        }
    }

    ConcurrentEditException actionChanged(long actionId) {
        var last = actions.lastChange(actionId);
        return new ConcurrentEditException("This action", last.changedBy(), last.changedAt());
    }

    /**
     * Why an item cannot be reported complete yet, or null when it can: every action answering it is finished and
     * at least one was done (cancelled actions alone implement nothing).
     */
    static String completionBlocker(Status status, List<ActionState> answering) {
        if (status != Status.PLAN_ACCEPTED && status != Status.IN_PROGRESS) {
            return "Only a recommendation whose action plan the watchdog has accepted can be reported complete; this one is "
                    + status.label().toLowerCase() + ".";
        }
        if (answering.isEmpty()) {
            return "No action in your plan answers this recommendation, so nothing shows it is done. Add an action first.";
        }
        List<ActionState> open = answering.stream().filter(a -> !a.status().finished()).toList();
        if (!open.isEmpty()) {
            return "Finish the actions that answer it first: " + open.stream()
                    .map(a -> "“" + a.title() + "” is " + a.status().label().toLowerCase() + " (" + a.progress() + "%)")
                    .collect(Collectors.joining("; ")) + ".";
        }
        if (answering.stream().noneMatch(a -> a.status() == ActionStatus.DONE)) {
            return "Every action answering it was cancelled: add and finish an action that implements it, or ask the "
                    + "watchdog to close it.";
        }
        return null;
    }

    /** What the completion rule needs to know about an action. */
    record ActionState(String title, ActionStatus status, int progress) {
    }
}
