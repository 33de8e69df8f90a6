package org.oversight.actionplan;

/** Where a recipient's action plan stands with the watchdog. */
public enum PlanStatus {
    DRAFT("Draft"),
    SUBMITTED("Awaiting the watchdog's decision"),
    ACCEPTED("Accepted"),
    RETURNED("Returned for revision");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The recipient may change the plan's actions only while the watchdog is not looking at it. */
    public boolean editableByRecipient() {
        return this != SUBMITTED;
    }
}
