package org.oversight.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.ActionService;
import org.oversight.actionplan.DueDateService;
import org.oversight.actionplan.PlanUpdates;
import org.oversight.actionplan.RevisionStatus;
import org.oversight.base.InvalidInputException;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Transition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decisions of the workflow, each the same service call as its button: a plan submitted, accepted or returned;
 * a due date revised and the revision approved or refused; a recommendation's status moved (verify, return a claim,
 * close, reopen...). Each carries the version of the record as last read, so that a decision on a record someone
 * has changed since is refused (409), never applied to what the caller did not see.
 */
@RestController
@Tag(name = "Decisions", description = "Plan submission and decisions, due-date revisions, status moves of recommendations")
class DecisionsApi {

    /** Moves with endpoints of their own (plans, completion claims with evidence), or made only by the system. */
    static final EnumSet<Transition> NOT_HERE = EnumSet.of(Transition.SUBMIT_PLAN, Transition.ACCEPT_PLAN,
            Transition.RETURN_PLAN, Transition.CLAIM_COMPLETE, Transition.START_WORK);

    private final ActionPlanService plans;
    private final PlanUpdates updates;
    private final ActionService actions;
    private final DueDateService dueDates;
    private final RecommendationWorkflow workflow;
    private final RecommendationRegister register;
    private final RecommendationsApi recommendations;

    DecisionsApi(ActionPlanService plans, ActionService actions, DueDateService dueDates, RecommendationWorkflow workflow,
                 RecommendationRegister register, RecommendationsApi recommendations, PlanUpdates updates) {
        this.updates = updates;
        this.plans = plans;
        this.actions = actions;
        this.dueDates = dueDates;
        this.workflow = workflow;
        this.register = register;
        this.recommendations = recommendations;
    }

    /** A decision on a plan: the plan's version as last read, and the reasons (needed to return; an optional note to accept). */
    record PlanDecision(Integer version, String reason) {
    }

    @PostMapping("/api/v1/plans/{id}/submit")
    @Operation(summary = "Submit a draft or returned plan to the watchdog (the organisation's lead)")
    PlanBody submit(@PathVariable long id, @RequestBody PlanDecision decision) {
        return onPlan(id, () -> plans.submit(id, version(decision.version())));
    }

    @PostMapping("/api/v1/plans/{id}/accept")
    @Operation(summary = "Accept a submitted plan, with an optional note (staff of the watchdog that published the report)")
    PlanBody accept(@PathVariable long id, @RequestBody PlanDecision decision) {
        return onPlan(id, () -> plans.accept(id, decision.reason(), version(decision.version())));
    }

    @PostMapping("/api/v1/plans/{id}/return")
    @Operation(summary = "Return a submitted plan with the reason (staff of the watchdog that published the report)")
    PlanBody returnPlan(@PathVariable long id, @RequestBody PlanDecision decision) {
        return onPlan(id, () -> plans.returnPlan(id, decision.reason(), version(decision.version())));
    }

    /** A plan the caller cannot see is not found (404); then the decision, and the plan as it is now. */
    private PlanBody onPlan(long id, Runnable decision) {
        ApiNotFound.unlessRefused(() -> plans.plan(id), "action plan", id);
        decision.run();
        return PlanBody.read(plans, updates, id);
    }

    /** A new due date for an action, with the reason kept in its history; version is the action's. */
    record Revision(Integer version, LocalDate dueOn, String reason) {
    }

    /** What became of a revision: applied at once (before the agreed date) or waiting for the watchdog. */
    record RevisionAnswer(RevisionStatus status) {
    }

    @PostMapping("/api/v1/actions/{id}/date-revisions")
    @Operation(summary = "Move an action's due date with a reason (the organisation's lead); past the agreed date it waits for the watchdog")
    RevisionAnswer revise(@PathVariable long id, @RequestBody Revision revision) {
        ApiNotFound.unlessRefused(() -> actions.planOf(id), "action", id);
        return new RevisionAnswer(dueDates.revise(id, revision.dueOn(), revision.reason(), version(revision.version())));
    }

    /** The watchdog's note on a revision (optional when approving, needed when refusing). */
    record RevisionDecision(String note) {
    }

    @PostMapping("/api/v1/date-revisions/{id}/approve")
    @Operation(summary = "Approve a due-date revision waiting for the watchdog (the issuing watchdog's staff)")
    Map<String, String> approve(@PathVariable long id, @RequestBody(required = false) RevisionDecision decision) {
        ApiNotFound.unlessRefused(() -> dueDates.planOfRevision(id), "date revision", id);
        dueDates.decide(id, true, decision == null ? null : decision.note());
        return Map.of("status", RevisionStatus.APPROVED.name());
    }

    @PostMapping("/api/v1/date-revisions/{id}/refuse")
    @Operation(summary = "Refuse a due-date revision waiting for the watchdog, with the reason (the issuing watchdog's staff)")
    Map<String, String> refuse(@PathVariable long id, @RequestBody(required = false) RevisionDecision decision) {
        ApiNotFound.unlessRefused(() -> dueDates.planOfRevision(id), "date revision", id);
        dueDates.decide(id, false, decision == null ? null : decision.note());
        return Map.of("status", RevisionStatus.REFUSED.name());
    }

    @GetMapping("/api/v1/recommendations/{id}/transitions")
    @Operation(summary = "The status moves the caller may make on the recommendation now (those this API makes here)")
    List<Transition> transitions(@PathVariable long id) {
        ApiNotFound.unless(register.detail(id), "recommendation", id);
        return workflow.available(id).stream().filter(t -> !NOT_HERE.contains(t)).toList();
    }

    /** A status move, the recommendation's version as last read, and the reason where the move needs one. */
    record Move(Transition transition, Integer version, String reason) {
    }

    @PostMapping("/api/v1/recommendations/{id}/transitions")
    @Operation(summary = "Move a recommendation's status: verify, return a completion claim, close, supersede, reopen "
            + "(watchdog staff of the issuing watchdog); plans and completion claims have endpoints of their own")
    RecommendationsApi.RecommendationView move(@PathVariable long id, @RequestBody Move move) {
        ApiNotFound.unless(register.detail(id), "recommendation", id);
        if (move.transition() == null || NOT_HERE.contains(move.transition())) {
            throw new InvalidInputException("transition", "Give one of the moves listed at "
                    + "/api/v1/recommendations/" + id + "/transitions; plans and completion claims have endpoints of their own.");
        }
        workflow.apply(id, move.transition(), move.reason(), version(move.version()));
        return recommendations.get(id);
    }

    static int version(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the record as you last read it.");
        }
        return version;
    }
}
