package org.oversight.outcome;

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
     * @param what what only they may do, e.g. "record its outcome"
     */
    static void require(SignedInUser user, long watchdogId, String watchdogName, String what) {
        if (!isStaff(user, watchdogId)) {
            throw new AccessDeniedException("Only " + watchdogName + ", which made this recommendation, may " + what + ".");
        }
    }
}
