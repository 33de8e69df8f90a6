package org.oversight.actionplan;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.localDateDiff;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.ACTION;

import java.time.LocalDate;
import java.util.Comparator;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * One row's key of the dashboard's slippage summary (action_slippage, decision 0112), the spans of days slippage is
 * counted in, and how an action (ACTION in the query) maps to its key, written with inline values only so that a
 * GROUP BY can repeat each expression. Nothing in it depends on today's date: "overdue now" is applied when the
 * dashboard reads, to the stored due date of an action not done.
 *
 * @param organisationId the action plan's organisation
 * @param reportId       the action plan's report
 * @param movedBucket    the span ({@link #bucketOf}) of days from the date first agreed to the current due date
 * @param lateBucket     for a done action, the span of days from its current due date to the day done; else {@link #NONE}
 * @param openDueOn      for an action not done, its current due date; for a done action {@link #NO_DATE}
 */
public record ActionSlippageKey(long organisationId, long reportId, int movedBucket, int lateBucket, LocalDate openDueOn)
        implements Comparable<ActionSlippageKey> {

    /** No span: slipped by zero days or fewer, or not applicable. */
    public static final int NONE = -1;

    /** The last day of each span but the last, which is open-ended: 1–30, 31–90, 91–180 and over 180 days. */
    private static final int[] LAST_DAYS = {30, 90, 180};

    /** How many spans there are. */
    public static final int BUCKETS = LAST_DAYS.length + 1;

    /** "No date", in a key column that cannot be NULL: later than any real date, so never before today. */
    public static final LocalDate NO_DATE = LocalDate.of(9999, 12, 31);

    private static final Comparator<ActionSlippageKey> ORDER = Comparator.comparingLong(ActionSlippageKey::organisationId)
            .thenComparingLong(ActionSlippageKey::reportId).thenComparingInt(ActionSlippageKey::movedBucket)
            .thenComparingInt(ActionSlippageKey::lateBucket).thenComparing(ActionSlippageKey::openDueOn);

    @Override
    public int compareTo(ActionSlippageKey o) {
        return ORDER.compare(this, o);
    }

    /** The span (0 to {@link #BUCKETS} − 1) of a slip of {@code days}; {@link #NONE} for zero days or fewer. */
    public static int bucketOf(long days) {
        if (days <= 0) {
            return NONE;
        }
        for (int i = 0; i < LAST_DAYS.length; i++) {
            if (days <= LAST_DAYS[i]) {
                return i;
            }
        }
        return LAST_DAYS.length;
    }

    /** The first day of span {@code bucket}. */
    public static int firstDay(int bucket) {
        return bucket == 0 ? 1 : LAST_DAYS[bucket - 1] + 1;
    }

    /** The last day of span {@code bucket}; {@link Integer#MAX_VALUE} for the last, open-ended one. */
    public static int lastDay(int bucket) {
        return bucket < LAST_DAYS.length ? LAST_DAYS[bucket] : Integer.MAX_VALUE;
    }

    /** {@link #bucketOf} in SQL. */
    public static Field<Integer> bucket(Field<Integer> days) {
        CaseConditionStep<Integer> c = when(days.le(inline(0)), inline(NONE));
        for (int i = 0; i < LAST_DAYS.length; i++) {
            c = c.when(days.le(inline(LAST_DAYS[i])), inline(i));
        }
        return c.otherwise(inline(LAST_DAYS.length));
    }

    /** Days from the date first agreed to the current due date (moved later when positive). */
    public static Field<Integer> daysMoved() {
        return localDateDiff(ACTION.DUE_ON, ACTION.ORIGINAL_DUE_ON);
    }

    /** For a done action, days from its current due date to the day done (late when positive); else NULL. */
    public static Field<Integer> daysLate() {
        return when(done(), daysFromDueToDone());
    }

    /** The action's moved-later span. */
    public static Field<Integer> movedBucketOfAction() {
        return bucket(daysMoved());
    }

    /** The action's finished-late span, {@link #NONE} unless done late. */
    public static Field<Integer> lateBucketOfAction() {
        return when(done(), bucket(daysFromDueToDone())).otherwise(inline(NONE));
    }

    /** The due date of an action not done, or {@link #NO_DATE}. */
    public static Field<LocalDate> openDueOnOfAction() {
        return when(done(), inline(NO_DATE)).otherwise(ACTION.DUE_ON);
    }

    /** The actions slippage counts: every one not cancelled. */
    public static Condition counted() {
        return ACTION.STATUS.ne(inline(ActionStatus.CANCELLED, ACTION.STATUS));
    }

    /** A done action without a completion day counts as done on its due date. */
    private static Field<Integer> daysFromDueToDone() {
        return localDateDiff(coalesce(ACTION.COMPLETED_ON, ACTION.DUE_ON), ACTION.DUE_ON);
    }

    private static Condition done() {
        return ACTION.STATUS.eq(inline(ActionStatus.DONE, ACTION.STATUS));
    }
}
