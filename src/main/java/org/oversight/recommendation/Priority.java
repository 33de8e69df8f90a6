package org.oversight.recommendation;

import java.util.Locale;
import org.oversight.base.i18n.Messages;

/** How urgently the watchdog wants a recommendation acted on (the {@code recommendation.priority} column). */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW;

    private static final String KEY = "recommendation.priority.";

    /** The priority as people read it, in the reader's language ({@code recommendation.priority.*}). */
    public String label() {
        return Messages.t(KEY + name().toLowerCase(Locale.ROOT));
    }
}
