package org.oversight.recommendation;

import static org.oversight.recommendation.Status.CLOSED_NOT_IMPLEMENTED;
import static org.oversight.recommendation.Status.IN_PROGRESS;
import static org.oversight.recommendation.Status.NO_FURTHER_ACTION;
import static org.oversight.recommendation.Status.OPEN;
import static org.oversight.recommendation.Status.PLAN_ACCEPTED;
import static org.oversight.recommendation.Status.PLAN_AWAITED;
import static org.oversight.recommendation.Status.PLAN_SUBMITTED;
import static org.oversight.recommendation.Status.REPORTED_COMPLETE;
import static org.oversight.recommendation.Status.SUPERSEDED;
import static org.oversight.recommendation.Status.VERIFIED_IMPLEMENTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every move a tracked recommendation can make, who makes it and whether a reason is required. Only the recipient
 * says "done" (CLAIM_COMPLETE); only the issuing watchdog verifies, closes or reopens.
 */
public enum Transition {
    REQUEST_PLAN("Request an action plan", EnumSet.of(OPEN), PLAN_AWAITED, Actor.WATCHDOG, false),
    SUBMIT_PLAN("Submit action plan", EnumSet.of(OPEN, PLAN_AWAITED), PLAN_SUBMITTED, Actor.RECIPIENT, false),
    ACCEPT_PLAN("Accept the plan", EnumSet.of(PLAN_SUBMITTED), PLAN_ACCEPTED, Actor.WATCHDOG, false),
    RETURN_PLAN("Return the plan", EnumSet.of(PLAN_SUBMITTED), PLAN_AWAITED, Actor.WATCHDOG, true),
    START_WORK("Mark work as started", EnumSet.of(PLAN_ACCEPTED), IN_PROGRESS, Actor.RECIPIENT, false),
    CLAIM_COMPLETE("Tell the watchdog it is done", EnumSet.of(PLAN_ACCEPTED, IN_PROGRESS), REPORTED_COMPLETE, Actor.RECIPIENT, true),
    VERIFY("Verify as implemented", EnumSet.of(REPORTED_COMPLETE), VERIFIED_IMPLEMENTED, Actor.WATCHDOG, false),
    RETURN_CLAIM("Return the completion claim", EnumSet.of(REPORTED_COMPLETE), IN_PROGRESS, Actor.WATCHDOG, true),
    CLOSE_NOT_IMPLEMENTED("Close as not implemented", Status.openStates(), CLOSED_NOT_IMPLEMENTED, Actor.WATCHDOG, true),
    CLOSE_NO_FURTHER_ACTION("Close with no further action", Status.openStates(), NO_FURTHER_ACTION, Actor.WATCHDOG, true),
    SUPERSEDE("Mark as superseded", Status.openStates(), SUPERSEDED, Actor.WATCHDOG, true),
    /** Goes back to work in progress if a plan was ever accepted, else to awaiting a plan (see RecommendationWorkflow). */
    REOPEN("Reopen", EnumSet.copyOf(Status.CLOSED), IN_PROGRESS, Actor.WATCHDOG, true);

    public enum Actor { WATCHDOG, RECIPIENT }

    private final String label;
    private final Set<Status> from;
    private final Status to;
    private final Actor actor;
    private final boolean reasonRequired;

    Transition(String label, Set<Status> from, Status to, Actor actor, boolean reasonRequired) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reasonRequired = reasonRequired;
    }

    public String label() {
        return label;
    }

    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }

    public Status to() {
        return to;
    }

    public Actor actor() {
        return actor;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
