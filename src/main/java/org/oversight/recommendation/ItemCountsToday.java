package org.oversight.recommendation;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.ITEM_COUNT;
import static org.oversight.db.Tables.ITEM_COUNT_RECIPIENT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The items' summary (item_count, decisions 0105 and 0123) as it stands today: its rows, each counting {@code n}
 * items by recipient, report, status, current deadline and whether reopened, none of them paused, plus a small live
 * correction for the items paused today ({@link DeadlineStanding#paused}, a handful): each such item is taken out of
 * the unpaused rows (−1) and counted again as paused (+1). A count is then {@code SUM(n)} over the rows that meet
 * its condition, with today applied to the stored deadline exactly as {@link DeadlineStanding} says. The dashboard's
 * figures and the header's bell (decision 0141) read it, so that neither counts the country's items on every visit.
 * <p>
 * Both tables have the columns {@code recipient_id}, {@code status}, {@code due_on} ({@link ItemCountKey#NO_DATE}
 * for none), {@code reopened}, {@code paused} and {@code n}; {@link #withReport} also {@code report_id}.
 */
public final class ItemCountsToday {

    private ItemCountsToday() {
    }

    /** The summary by recipient and report, with today's paused items moved aside. */
    public static Table<?> withReport(LocalDate today) {
        var c = ITEM_COUNT;
        var t = TRACKED_RECOMMENDATION;
        return select(c.RECIPIENT_ID, c.REPORT_ID, c.STATUS, c.DUE_ON, c.REOPENED, inline(false).as("paused"), c.N)
                .from(c)
                .unionAll(select(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.STATUS, ItemCountKey.dueOnOfItem(),
                        ItemCountKey.reopenedOfItem(), inline(false), inline(-1))
                        .from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                        .where(DeadlineStanding.paused(today)))
                .unionAll(select(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.STATUS, ItemCountKey.dueOnOfItem(),
                        ItemCountKey.reopenedOfItem(), inline(true), inline(1))
                        .from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                        .where(DeadlineStanding.paused(today)))
                .asTable();
    }

    /**
     * As {@link #withReport}, from item_count_recipient: the same counts without the report (about a quarter of the
     * rows, decision 0127), and no join for the paused correction.
     */
    public static Table<?> byRecipient(LocalDate today) {
        var c = ITEM_COUNT_RECIPIENT;
        var t = TRACKED_RECOMMENDATION;
        return select(c.RECIPIENT_ID, c.STATUS, c.DUE_ON, c.REOPENED, inline(false).as("paused"), c.N)
                .from(c)
                .unionAll(select(t.RECIPIENT_ID, t.STATUS, ItemCountKey.dueOnOfItem(), ItemCountKey.reopenedOfItem(),
                        inline(false), inline(-1))
                        .from(t).where(DeadlineStanding.paused(today)))
                .unionAll(select(t.RECIPIENT_ID, t.STATUS, ItemCountKey.dueOnOfItem(), ItemCountKey.reopenedOfItem(),
                        inline(true), inline(1))
                        .from(t).where(DeadlineStanding.paused(today)))
                .asTable();
    }

    /** How many items the rows meeting the condition count: {@code SUM(n)}, 0 when none. */
    public static Field<Integer> items(Field<Integer> n, Condition condition) {
        return sum(n).filterWhere(condition).convertFrom(ItemCountsToday::asInt);
    }

    /** A {@code SUM} of counts as a whole number: 0 when there was nothing to add (SQL's NULL). */
    public static int asInt(BigDecimal sum) {
        return sum == null ? 0 : sum.intValueExact();
    }
}
