package org.oversight.actionplan;

import java.time.OffsetDateTime;

/** A step in a plan's history: created, submitted, accepted, returned (with the watchdog's reasons), revised. */
public record PlanEventEntry(String event, OffsetDateTime occurredAt, String by, String reason) {

    public String label() {
        return switch (event) {
            case "CREATED" -> "Plan started";
            case "SUBMITTED" -> "Submitted to the watchdog";
            case "ACCEPTED" -> "Accepted by the watchdog";
            case "RETURNED" -> "Returned by the watchdog";
            case "REVISED" -> "Revised";
            default -> event;
        };
    }
}
