package org.oversight.recommendation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one recipient's recommendation. "The force says it is done" (REPORTED_COMPLETE) and "the watchdog
 * verified it" (VERIFIED_IMPLEMENTED) are deliberately different states.
 */
public enum Status {
    OPEN("Open"),
    PLAN_AWAITED("Action plan due"),
    PLAN_SUBMITTED("Plan submitted"),
    PLAN_ACCEPTED("Plan accepted"),
    IN_PROGRESS("In progress"),
    REPORTED_COMPLETE("Reported complete"),
    VERIFIED_IMPLEMENTED("Verified implemented"),
    CLOSED_NOT_IMPLEMENTED("Closed – not implemented"),
    NO_FURTHER_ACTION("No further action"),
    SUPERSEDED("Superseded");

    public static final Set<Status> CLOSED = EnumSet.of(VERIFIED_IMPLEMENTED, CLOSED_NOT_IMPLEMENTED, NO_FURTHER_ACTION, SUPERSEDED);
    public static final Set<Status> AWAITING_PLAN = EnumSet.of(OPEN, PLAN_AWAITED, PLAN_SUBMITTED);
    public static final Set<Status> PLAN_AGREED = EnumSet.of(PLAN_ACCEPTED, IN_PROGRESS);

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** The states an item can be closed from. */
    public static EnumSet<Status> openStates() {
        return EnumSet.complementOf(EnumSet.copyOf(CLOSED));
    }
}
