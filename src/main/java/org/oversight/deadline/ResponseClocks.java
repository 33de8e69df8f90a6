package org.oversight.deadline;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;
import static org.oversight.db.Tables.CLOCK;

import org.jooq.Condition;
import org.jooq.Field;

/**
 * Whether an item's response (its action plan or response, by the clock of its kind) was made, and made on time:
 * the one definition behind "responses on time" on /performance and a national recommendation's page.
 */
public final class ResponseClocks {

    private ResponseClocks() {
    }

    /** The item {@code trackedId} has a response clock that was met. */
    public static Condition responded(Field<Long> trackedId) {
        return exists(selectOne().from(CLOCK).where(CLOCK.TRACKED_RECOMMENDATION_ID.eq(trackedId))
                .and(CLOCK.RULE.in(ClockLabels.responseRules())).and(CLOCK.MET_ON.isNotNull()));
    }

    /** The item {@code trackedId} has a response clock met on or before its due date. */
    public static Condition onTime(Field<Long> trackedId) {
        return exists(selectOne().from(CLOCK).where(CLOCK.TRACKED_RECOMMENDATION_ID.eq(trackedId))
                .and(CLOCK.RULE.in(ClockLabels.responseRules())).and(CLOCK.MET_ON.isNotNull())
                .and(CLOCK.MET_ON.le(CLOCK.DUE_ON)));
    }
}
