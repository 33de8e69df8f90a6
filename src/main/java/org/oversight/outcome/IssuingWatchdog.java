package org.oversight.outcome;

import org.oversight.base.i18n.Messages;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one rule of the outcome feature on who may act: staff of the watchdog that made the recommendation record its
 * outcomes, link it to earlier ones and take the bulk actions on it. Everyone else may only read.
 */
final class IssuingWatchdog {

    private IssuingWatchdog() {
    }

    /** Whether the user is staff of the watchdog {@code watchdogId}. */
    static boolean isStaff(SignedInUser user, long watchdogId) {
        return user.is(Role.WATCHDOG) && user.actsFor(watchdogId);
    }

    /**
     * Refuses anyone but staff of the watchdog.
     *
     * @param what the message key of what only they may do, e.g. outcome.may.record ("record its outcome")
     */
    static void require(SignedInUser user, long watchdogId, String watchdogName, String what) {
        if (!isStaff(user, watchdogId)) {
            throw new AccessDeniedException(Messages.t("outcome.only-watchdog", watchdogName, Messages.t(what)));
        }
    }
}
