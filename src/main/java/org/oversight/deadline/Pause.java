package org.oversight.deadline;

import java.time.LocalDate;
import java.util.Objects;
import org.oversight.base.Text;

/**
 * Days on which a clock does not run, both ends inclusive, e.g. while judicial review proceedings are in progress.
 *
 * @param toInclusive the last paused day, or {@code null} while the pause is still running
 */
public record Pause(LocalDate from, LocalDate toInclusive, String reason) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (toInclusive != null && toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("A pause cannot end (" + toInclusive + ") before it starts (" + from + ")");
        }
        if (Text.isBlank(reason)) {
            throw new IllegalArgumentException("A pause needs a reason");
        }
    }

    /** A pause with no end yet. */
    public static Pause running(LocalDate from, String reason) {
        return new Pause(from, null, reason);
    }

    public boolean isRunning() {
        return toInclusive == null;
    }
}
