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
import java.util.Locale;
import java.util.Set;
import org.oversight.base.i18n.Messages;

/**
 * Every move a tracked recommendation can make, who makes it and whether a reason is required. Only the recipient
 * says "done" (CLAIM_COMPLETE); only the issuing watchdog verifies, closes or reopens.
 */
public enum Transition {
    REQUEST_PLAN(EnumSet.of(OPEN), PLAN_AWAITED, Actor.WATCHDOG, false),
    SUBMIT_PLAN(EnumSet.of(OPEN, PLAN_AWAITED), PLAN_SUBMITTED, Actor.RECIPIENT, false),
    ACCEPT_PLAN(EnumSet.of(PLAN_SUBMITTED), PLAN_ACCEPTED, Actor.WATCHDOG, false),
    RETURN_PLAN(EnumSet.of(PLAN_SUBMITTED), PLAN_AWAITED, Actor.WATCHDOG, true),
    START_WORK(EnumSet.of(PLAN_ACCEPTED), IN_PROGRESS, Actor.RECIPIENT, false),
    CLAIM_COMPLETE(EnumSet.of(PLAN_ACCEPTED, IN_PROGRESS), REPORTED_COMPLETE, Actor.RECIPIENT, true),
    VERIFY(EnumSet.of(REPORTED_COMPLETE), VERIFIED_IMPLEMENTED, Actor.WATCHDOG, false),
    RETURN_CLAIM(EnumSet.of(REPORTED_COMPLETE), IN_PROGRESS, Actor.WATCHDOG, true),
    CLOSE_NOT_IMPLEMENTED(Status.openStates(), CLOSED_NOT_IMPLEMENTED, Actor.WATCHDOG, true),
    CLOSE_NO_FURTHER_ACTION(Status.openStates(), NO_FURTHER_ACTION, Actor.WATCHDOG, true),
    SUPERSEDE(Status.openStates(), SUPERSEDED, Actor.WATCHDOG, true),
    /** Goes back to work in progress if a plan was ever accepted, else to awaiting a plan (see RecommendationWorkflow). */
    REOPEN(EnumSet.copyOf(Status.CLOSED), IN_PROGRESS, Actor.WATCHDOG, true);

    public enum Actor { WATCHDOG, RECIPIENT }

    private static final String KEY = "recommendation.transition.";

    private final Set<Status> from;
    private final Status to;
    private final Actor actor;
    private final boolean reasonRequired;

    Transition(Set<Status> from, Status to, Actor actor, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reasonRequired = reasonRequired;
    }

    /** The move as a button names it, in the reader's language ({@code recommendation.transition.*}). */
    public String label() {
        return Messages.t(KEY + name().toLowerCase(Locale.ROOT).replace('_', '-'));
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
