package org.oversight.notification;

/** How a person wants to hear of one kind of handoff. Every handoff is in the inbox whatever the choice. */
public enum Channel {
    EMAIL("E-mail straight away"),
    DIGEST("In the weekly digest only"),
    IN_APP("In Oversight Tracker only");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
