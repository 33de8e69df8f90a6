package org.oversight.recommendation;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.Comparator;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * One row's key of the dashboard's item counts (item_count, decisions 0105 and 0123), and how a tracked item
 * (TRACKED_RECOMMENDATION in the query) maps to it, written with inline values only so that a GROUP BY can repeat
 * each expression. Nothing in it depends on today's date: "overdue" and "due soon" are applied when the dashboard
 * reads, to the stored current deadline. The day a verified item was closed is not part of it: it is kept apart,
 * by {@link VerifiedDayKey}, for the two figures that read it (decision 0123).
 *
 * @param dueOn    the item's current deadline ({@code due_on}), or {@link #NO_DATE} when it has none
 * @param reopened whether the item was ever reopened
 */
public record ItemCountKey(long recipientId, long reportId, Status status, LocalDate dueOn, boolean reopened)
        implements Comparable<ItemCountKey> {

    /** "No date", in key columns that cannot be NULL: later than any real date, so never before today. */
    public static final LocalDate NO_DATE = LocalDate.of(9999, 12, 31);

    private static final Comparator<ItemCountKey> ORDER = Comparator.comparingLong(ItemCountKey::recipientId)
            .thenComparingLong(ItemCountKey::reportId).thenComparing(ItemCountKey::status)
            .thenComparing(ItemCountKey::dueOn).thenComparing(ItemCountKey::reopened);

    @Override
    public int compareTo(ItemCountKey o) {
        return ORDER.compare(this, o);
    }

    /** The item's current deadline, or {@link #NO_DATE}. */
    public static Field<LocalDate> dueOnOfItem() {
        return coalesce(TRACKED_RECOMMENDATION.DUE_ON, inline(NO_DATE));
    }

    /** Whether the item was ever reopened. */
    public static Field<Boolean> reopenedOfItem() {
        return when(TRACKED_RECOMMENDATION.REOPEN_COUNT.gt(inline(0)), inline(true)).otherwise(inline(false));
    }

    /** The items counted by day verified ({@link VerifiedDayKey}): verified implemented, with a closing date. */
    public static Condition verifiedWithADay() {
        var t = TRACKED_RECOMMENDATION;
        return t.STATUS.eq(inline(Status.VERIFIED_IMPLEMENTED, t.STATUS)).and(t.CLOSED_ON.isNotNull());
    }
}
