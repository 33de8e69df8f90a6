package org.oversight.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension (or, for an action target, a revision) of a clock's due date.
 *
 * @param receivedOn the day the application was received; for the IOPC it must not be after the period ends
 * @param newDueOn   the due date from then on, as granted
 */
public record Extension(LocalDate receivedOn, LocalDate newDueOn, String reason) {

    public Extension {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(newDueOn, "newDueOn");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An extension needs a reason");
        }
    }
}
