package org.oversight.deadline;

import static org.oversight.db.Tables.REPORT;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.oversight.recommendation.RecommendationScope;
import org.oversight.security.SignedInUser;

/**
 * Whose deadlines a list shows: a force or national lead (and a chief officer) those of their organisation's
 * items; watchdog staff those of their own watchdog's reports, including the watchdog's own publication
 * deadlines; an administrator, and the reminder job, everyone's. Built on {@link RecommendationScope}.
 *
 * @param items                a condition on TRACKED_RECOMMENDATION and REPORT
 * @param includesWatchdogSide whether deadlines the watchdog must meet are included
 */
public record DeadlineScope(Condition items, boolean includesWatchdogSide) {

    public static DeadlineScope of(SignedInUser user) {
        Condition visible = RecommendationScope.visibleTo(user);
        return switch (user.role()) {
            case ADMIN -> new DeadlineScope(visible, true);
            case WATCHDOG -> new DeadlineScope(visible.and(REPORT.WATCHDOG_ID.eq(user.organisationId())), true);
            case FORCE_LEAD, NATIONAL_LEAD, CHIEF_OFFICER -> new DeadlineScope(visible, false);
        };
    }

    /** Every deadline, for the reminder job, which works out the owners of each itself. */
    public static DeadlineScope everything() {
        return new DeadlineScope(DSL.trueCondition(), true);
    }
}
