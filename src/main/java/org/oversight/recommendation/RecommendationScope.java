package org.oversight.recommendation;

import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.oversight.security.SignedInUser;

/**
 * Which tracked recommendations a user may read: watchdog staff and admins see every item (a watchdog reads
 * other watchdogs' registers but edits only its own reports); force leads and chief officers see their force's
 * items; national leads their body's. Every read query adds this condition, so no view can widen it.
 */
public final class RecommendationScope {

    private RecommendationScope() {
    }

    public static Condition visibleTo(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN, WATCHDOG -> DSL.trueCondition();
            case FORCE_LEAD, NATIONAL_LEAD, CHIEF_OFFICER -> TRACKED_RECOMMENDATION.RECIPIENT_ID.eq(user.organisationId());
        };
    }

    public static boolean canRead(SignedInUser user, long recipientId) {
        return switch (user.role()) {
            case ADMIN, WATCHDOG -> true;
            case FORCE_LEAD, NATIONAL_LEAD, CHIEF_OFFICER -> user.actsFor(recipientId);
        };
    }
}
