package org.oversight.base;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of one filled-in form: made when the form opens and sent with every submit of it, so that the service
 * can tell a second submit of the same form (a double click, a resent request) from a new one.
 */
public record SubmissionKey(UUID value) {

    public SubmissionKey {
        Objects.requireNonNull(value, "value");
    }

    public static SubmissionKey fresh() {
        return new SubmissionKey(UUID.randomUUID());
    }
}
