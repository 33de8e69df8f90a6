package org.oversight.recommendation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.oversight.base.i18n.Messages;

/**
 * The life of one recipient's recommendation. "The force says it is done" (REPORTED_COMPLETE) and "the watchdog
 * verified it" (VERIFIED_IMPLEMENTED) are deliberately different states.
 */
public enum Status {
    OPEN,
    PLAN_AWAITED,
    PLAN_SUBMITTED,
    PLAN_ACCEPTED,
    IN_PROGRESS,
    REPORTED_COMPLETE,
    VERIFIED_IMPLEMENTED,
    CLOSED_NOT_IMPLEMENTED,
    NO_FURTHER_ACTION,
    SUPERSEDED;

    public static final Set<Status> CLOSED = EnumSet.of(VERIFIED_IMPLEMENTED, CLOSED_NOT_IMPLEMENTED, NO_FURTHER_ACTION, SUPERSEDED);
    public static final Set<Status> AWAITING_PLAN = EnumSet.of(OPEN, PLAN_AWAITED, PLAN_SUBMITTED);
    public static final Set<Status> PLAN_AGREED = EnumSet.of(PLAN_ACCEPTED, IN_PROGRESS);
    /** Closed without being verified as implemented: not implemented, no further action, superseded. */
    public static final Set<Status> CLOSED_UNVERIFIED = EnumSet.of(CLOSED_NOT_IMPLEMENTED, NO_FURTHER_ACTION, SUPERSEDED);

    private static final String KEY = "recommendation.status.";

    /** The status as people read it, in the reader's language ({@code recommendation.status.*}). */
    public String label() {
        return Messages.t(KEY + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** The states an item can be closed from. */
    public static EnumSet<Status> openStates() {
        return EnumSet.complementOf(EnumSet.copyOf(CLOSED));
    }
}
