package org.oversight.actionplan;

/**
 * A request to move an action's due date. APPLIED: within the date agreed with the watchdog (or before any
 * agreement), so it took effect at once. PENDING: past the agreed date, waiting for the watchdog.
 */
public enum RevisionStatus {
    APPLIED("Applied"),
    PENDING("Awaiting the watchdog's approval"),
    APPROVED("Approved by the watchdog"),
    REFUSED("Refused by the watchdog");

    private final String label;

    RevisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
