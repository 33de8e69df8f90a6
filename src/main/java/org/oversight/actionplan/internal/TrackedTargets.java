package org.oversight.actionplan.internal;

import static org.jooq.impl.DSL.max;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.actionplan.ActionStatus;
import org.oversight.recommendation.ItemDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each item's implementation target (the latest due date of the live actions answering it) in step with the
 * actions, through the register's {@link ItemDates}, so that the register can sort and filter on it without joining
 * the plans.
 */
@Component
public class TrackedTargets {

    private final DSLContext dsl;
    private final ItemDates itemDates;

    TrackedTargets(DSLContext dsl, ItemDates itemDates) {
        this.dsl = dsl;
        this.itemDates = itemDates;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void sync(Collection<Long> trackedIds) {
        if (trackedIds.isEmpty()) {
            return;
        }
        var tr = TRACKED_RECOMMENDATION;
        record ItemAndTarget(ItemDates.Current item, LocalDate latestActionDue) {
        }
        var rows = dsl.select(ItemDates.current(), max(ACTION.DUE_ON))
                .from(tr)
                .leftJoin(ACTION_RECOMMENDATION).on(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID.eq(tr.ID))
                .leftJoin(ACTION).on(ACTION.ID.eq(ACTION_RECOMMENDATION.ACTION_ID)
                        .and(ACTION.STATUS.ne(ActionStatus.CANCELLED)))
                .where(tr.ID.in(trackedIds))
                .groupBy(tr.ID, tr.STATUS, tr.RESPONSE_DUE_ON, tr.TARGET_ON, tr.DUE_ON, tr.VERSION)
                .fetch(Records.mapping(ItemAndTarget::new));
        for (ItemAndTarget r : rows) {
            itemDates.move(r.item(), r.item().responseDueOn(), r.latestActionDue(), ItemDates.Cause.ACTION_DATES);
        }
    }
}
