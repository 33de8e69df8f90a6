package org.oversight.recommendation;

/** How urgently the watchdog wants a recommendation acted on (the {@code recommendation.priority} column). */
public enum Priority {
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
