package org.oversight.deadline.internal;

import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.deadline.ClockLabels;
import org.oversight.recommendation.ItemDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives each item the due date of its response clock as its response deadline, through the register's
 * {@link ItemDates} (which derives the current deadline, checks the version and audits the move). The clocks'
 * side of {@link ClockSync}: clocks are kept here, an item's dates only in the register.
 */
@Component
class ItemsInStep {

    private record ItemAndClock(ItemDates.Current item, LocalDate clockDueOn) {
    }

    private final DSLContext dsl;
    private final ItemDates itemDates;

    ItemsInStep(DSLContext dsl, ItemDates itemDates) {
        this.dsl = dsl;
        this.itemDates = itemDates;
    }

    /** @param condition on the item, its recommendation and report; returns how many items' dates moved */
    @Transactional(propagation = Propagation.MANDATORY)
    int keepInStep(Condition condition) {
        var tr = TRACKED_RECOMMENDATION;
        var rows = dsl.select(ItemDates.current(), CLOCK.DUE_ON)
                .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(CLOCK).on(CLOCK.TRACKED_RECOMMENDATION_ID.eq(tr.ID))
                .and(CLOCK.RULE.in(ClockLabels.responseRules()))
                .where(condition)
                .fetch(Records.mapping(ItemAndClock::new));
        int changed = 0;
        for (ItemAndClock r : rows) {
            ItemDates.Current item = r.item();
            if (item.differsFrom(r.clockDueOn(), item.targetOn())
                    && itemDates.move(item, r.clockDueOn(), item.targetOn(), ItemDates.Cause.RESPONSE_CLOCK)) {
                changed++;
            }
        }
        return changed;
    }
}
