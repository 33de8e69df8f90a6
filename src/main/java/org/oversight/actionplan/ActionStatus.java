package org.oversight.actionplan;

/** The state of one action in a plan. */
public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    BLOCKED("Blocked"),
    CANCELLED("Cancelled");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Done or cancelled: nothing more will happen on it, so its date can no longer slip. */
    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }
}
