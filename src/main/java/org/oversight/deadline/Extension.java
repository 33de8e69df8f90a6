package org.oversight.deadline;

import java.time.LocalDate;
import java.util.Objects;
import org.oversight.base.Text;

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
        if (Text.isBlank(reason)) {
            throw new IllegalArgumentException("An extension needs a reason");
        }
    }
}
