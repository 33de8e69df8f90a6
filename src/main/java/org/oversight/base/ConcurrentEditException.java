package org.oversight.base;

import java.time.OffsetDateTime;

/**
 * Somebody else saved the same row after this user loaded it (optimistic locking on the version column).
 * The message names who and when, so the user knows to reload rather than lose either change.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, String changedBy, OffsetDateTime changedAt) {
        super(message(what, changedBy, changedAt));
    }

    private static String message(String what, String changedBy, OffsetDateTime changedAt) {
        if (changedBy == null || changedAt == null) {
            return what + " was changed by someone else after you opened it. Reload to see their changes, then make yours again.";
        }
        return what + " was changed by " + changedBy + " at " + Formats.dateTime(changedAt)
                + " after you opened it. Reload to see their changes, then make yours again.";
    }
}
