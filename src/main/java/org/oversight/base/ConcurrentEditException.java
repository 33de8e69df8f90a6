package org.oversight.base;

import java.time.OffsetDateTime;
import org.oversight.base.i18n.Messages;

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
            return Messages.t("base.concurrent-edit.someone", what);
        }
        return Messages.t("base.concurrent-edit.named", what, changedBy, Formats.dateTime(changedAt));
    }
}
