package org.oversight.actionplan;

import java.time.OffsetDateTime;
import org.oversight.base.i18n.Messages;

/** A step in a plan's history: created, submitted, accepted, returned (with the watchdog's reasons), revised. */
public record PlanEventEntry(String event, OffsetDateTime occurredAt, String by, String reason) {

    public String label() {
        return switch (event) {
            case "CREATED" -> Messages.t("actionplan.event.created");
            case "SUBMITTED" -> Messages.t("actionplan.event.submitted");
            case "ACCEPTED" -> Messages.t("actionplan.event.accepted");
            case "RETURNED" -> Messages.t("actionplan.event.returned");
            case "REVISED" -> Messages.t("actionplan.event.revised");
            default -> event;
        };
    }
}
