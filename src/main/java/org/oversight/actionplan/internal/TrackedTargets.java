package org.oversight.actionplan.internal;

import static org.jooq.impl.DSL.max;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.jooq.DSLContext;
import org.oversight.actionplan.ActionStatus;
import org.oversight.recommendation.CurrentDeadline;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each item's implementation target (the latest due date of the live actions answering it) and its current
 * deadline in step with the actions, so that the register can sort and filter on them without joining the plans.
 */
@Component
public class TrackedTargets {

    private final DSLContext dsl;

    TrackedTargets(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void sync(Collection<Long> trackedIds) {
        if (trackedIds.isEmpty()) {
            return;
        }
        var tr = TRACKED_RECOMMENDATION;
        var latest = max(ACTION.DUE_ON);
        var rows = dsl.select(tr.ID, tr.STATUS, tr.RESPONSE_DUE_ON, tr.TARGET_ON, tr.DUE_ON, latest)
                .from(tr)
                .leftJoin(ACTION_RECOMMENDATION).on(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID.eq(tr.ID))
                .leftJoin(ACTION).on(ACTION.ID.eq(ACTION_RECOMMENDATION.ACTION_ID)
                        .and(ACTION.STATUS.ne(ActionStatus.CANCELLED)))
                .where(tr.ID.in(trackedIds))
                .groupBy(tr.ID, tr.STATUS, tr.RESPONSE_DUE_ON, tr.TARGET_ON, tr.DUE_ON)
                .fetch();
        for (var r : rows) {
            LocalDate target = r.value6();
            LocalDate due = CurrentDeadline.of(r.value2(), r.value3(), target);
            if (!Objects.equals(target, r.value4()) || !Objects.equals(due, r.value5())) {
                dsl.update(tr).set(tr.TARGET_ON, target).set(tr.DUE_ON, due).where(tr.ID.eq(r.value1())).execute();
            }
        }
    }
}
