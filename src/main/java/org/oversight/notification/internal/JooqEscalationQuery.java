package org.oversight.notification.internal;

import static org.oversight.db.Tables.ACTION_PLAN_EVENT;
import static org.oversight.db.Tables.STATUS_CHANGE;

import org.jooq.DSLContext;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Component;

/** How often work has been sent back: the counts that decide whether a handoff is escalated. */
@Component
public class JooqEscalationQuery {

    private final DSLContext dsl;

    JooqEscalationQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How many times the plan has been returned, this time included. */
    public int planReturns(long planId) {
        return dsl.fetchCount(ACTION_PLAN_EVENT, ACTION_PLAN_EVENT.PLAN_ID.eq(planId).and(ACTION_PLAN_EVENT.EVENT.eq("RETURNED")));
    }

    /** How many completion claims on the item the watchdog has returned, this one included. */
    public int claimReturns(long trackedId) {
        return dsl.fetchCount(STATUS_CHANGE, STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(trackedId)
                .and(STATUS_CHANGE.FROM_STATUS.eq(Status.REPORTED_COMPLETE))
                .and(STATUS_CHANGE.TO_STATUS.eq(Status.IN_PROGRESS)));
    }
}
