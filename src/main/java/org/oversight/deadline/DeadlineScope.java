package org.oversight.deadline;

import static org.oversight.db.Tables.REPORT;

import org.jooq.Condition;
import org.oversight.recommendation.ItemScope;
import org.oversight.security.SignedInUser;

/**
 * Whose deadlines a list shows: a force or national lead (and a chief officer) those of their organisation's
 * items; watchdog staff those of their own watchdog's reports, including the watchdog's own publication
 * deadlines; an administrator, and the reminder job, everyone's. Which items a user may read at all is the
 * {@link ItemScope}; this adds the watchdog side, a different question: whose reports' deadlines concern watchdog
 * staff, and whether deadlines the watchdog must meet are listed.
 *
 * @param itemScope            the items the user may read
 * @param watchdogId           the watchdog whose reports alone count (for watchdog staff), or null for every one's
 * @param includesWatchdogSide whether deadlines the watchdog must meet are included
 */
public record DeadlineScope(ItemScope itemScope, Long watchdogId, boolean includesWatchdogSide) {

    public static DeadlineScope of(SignedInUser user) {
        ItemScope items = ItemScope.of(user);
        return switch (user.role()) {
            case ADMIN -> new DeadlineScope(items, null, true);
            case WATCHDOG -> new DeadlineScope(items, user.organisationId(), true);
            case FORCE_LEAD, NATIONAL_LEAD, CHIEF_OFFICER -> new DeadlineScope(items, null, false);
        };
    }

    /** Every deadline, for the reminder job, which works out the owners of each itself. */
    public static DeadlineScope everything() {
        return new DeadlineScope(ItemScope.everything(), null, true);
    }

    /** The scope as a condition on TRACKED_RECOMMENDATION and REPORT. */
    public Condition items() {
        Condition readable = itemScope.items();
        return watchdogId == null ? readable : readable.and(REPORT.WATCHDOG_ID.eq(watchdogId));
    }
}
