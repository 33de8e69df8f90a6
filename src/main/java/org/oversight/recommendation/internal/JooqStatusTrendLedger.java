package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.STATUS_TREND_MONTH;
import static org.oversight.db.Tables.STATUS_TREND_RECIPIENT_MONTH;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Select;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.StatusTrend;
import org.springframework.stereotype.Repository;

/**
 * Keeps status_trend_month (decision 0080) and status_trend_recipient_month (the same deltas without the report,
 * decision 0130) equal to a recount of the status history: every writer of status_change calls {@link #record} in
 * the same transaction, which adds the change's deltas to its (recipient, report, month) row and its (recipient,
 * month) row — upserts, so concurrent changes add up rather than overwrite. {@link #rebuild} recounts both tables
 * from status_change (for data loaded around the workflow, e.g. the national generator).
 */
@Repository
public class JooqStatusTrendLedger {

    /** One summary row's key and its two deltas. */
    public record Key(long recipientId, long reportId, int yearMonth) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return java.util.Comparator.comparingLong(Key::recipientId).thenComparingLong(Key::reportId)
                    .thenComparingInt(Key::yearMonth).compare(this, o);
        }
    }

    public record Deltas(int open, int verified) {
    }

    /** One row's key of status_trend_recipient_month. */
    public record RecipientMonth(long recipientId, int yearMonth) implements Comparable<RecipientMonth> {
        private static final java.util.Comparator<RecipientMonth> ORDER =
                java.util.Comparator.comparingLong(RecipientMonth::recipientId).thenComparingInt(RecipientMonth::yearMonth);

        @Override
        public int compareTo(RecipientMonth o) {
            return ORDER.compare(this, o);
        }
    }

    private final DSLContext dsl;

    JooqStatusTrendLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds one status change of the item, made at {@code at}, to the summary. */
    public void record(long trackedId, Status from, Status to, OffsetDateTime at) {
        int open = StatusTrend.openDelta(from, to);
        int verified = StatusTrend.verifiedDelta(from, to);
        if (open == 0 && verified == 0) {
            return;
        }
        var t = TRACKED_RECOMMENDATION;
        var s = STATUS_TREND_MONTH;
        Record3<Long, Long, Integer> key = dsl.select(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID,
                        StatusTrend.yearMonth(val(at, STATUS_CHANGE.CHANGED_AT)))
                .from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .where(t.ID.eq(trackedId))
                .fetchSingle();
        dsl.insertInto(s, s.RECIPIENT_ID, s.REPORT_ID, s.YEAR_MONTH, s.OPEN_DELTA, s.VERIFIED_DELTA)
                .values(key.value1(), key.value2(), key.value3(), open, verified)
                .onConflict(s.RECIPIENT_ID, s.REPORT_ID, s.YEAR_MONTH)
                .doUpdate()
                .set(s.OPEN_DELTA, s.OPEN_DELTA.plus(open))
                .set(s.VERIFIED_DELTA, s.VERIFIED_DELTA.plus(verified))
                .execute();
        var r = STATUS_TREND_RECIPIENT_MONTH;
        dsl.insertInto(r, r.RECIPIENT_ID, r.YEAR_MONTH, r.OPEN_DELTA, r.VERIFIED_DELTA)
                .values(key.value1(), key.value3(), open, verified)
                .onConflict(r.RECIPIENT_ID, r.YEAR_MONTH)
                .doUpdate()
                .set(r.OPEN_DELTA, r.OPEN_DELTA.plus(open))
                .set(r.VERIFIED_DELTA, r.VERIFIED_DELTA.plus(verified))
                .execute();
    }

    /** Replaces the summary with a recount of the status history. */
    public void rebuild() {
        rebuild(dsl);
    }

    /**
     * The same on a given connection, for a loader that writes status_change around the workflow in a transaction
     * of its own (the national data generator): call it before that transaction commits.
     */
    public static void rebuild(DSLContext dsl) {
        var s = STATUS_TREND_MONTH;
        dsl.deleteFrom(s).execute();
        dsl.insertInto(s, s.RECIPIENT_ID, s.REPORT_ID, s.YEAR_MONTH, s.OPEN_DELTA, s.VERIFIED_DELTA)
                .select(recountQuery(dsl))
                .execute();
        var r = STATUS_TREND_RECIPIENT_MONTH;
        dsl.deleteFrom(r).execute();
        dsl.insertInto(r, r.RECIPIENT_ID, r.YEAR_MONTH, r.OPEN_DELTA, r.VERIFIED_DELTA)
                .select(dsl.select(s.RECIPIENT_ID, s.YEAR_MONTH, sum(s.OPEN_DELTA).cast(Integer.class),
                                sum(s.VERIFIED_DELTA).cast(Integer.class))
                        .from(s).groupBy(s.RECIPIENT_ID, s.YEAR_MONTH))
                .execute();
    }

    /** The summary as stored, rows whose deltas are both zero left out (they are the same as no row). */
    public Map<Key, Deltas> stored() {
        var s = STATUS_TREND_MONTH;
        Map<Key, Deltas> rows = new TreeMap<>();
        dsl.select(s.RECIPIENT_ID, s.REPORT_ID, s.YEAR_MONTH, s.OPEN_DELTA, s.VERIFIED_DELTA).from(s)
                .where(s.OPEN_DELTA.ne(0).or(s.VERIFIED_DELTA.ne(0)))
                .forEach(r -> rows.put(new Key(r.value1(), r.value2(), r.value3()), new Deltas(r.value4(), r.value5())));
        return rows;
    }

    /** The summary recounted from status_change, rows whose deltas are both zero left out. */
    public Map<Key, Deltas> recount() {
        Map<Key, Deltas> rows = new TreeMap<>();
        dsl.fetch(recountQuery(dsl)).forEach(r -> {
            int open = r.get(3, Integer.class);
            int verified = r.get(4, Integer.class);
            if (open != 0 || verified != 0) {
                rows.put(new Key(r.get(0, Long.class), r.get(1, Long.class), r.get(2, Integer.class)),
                        new Deltas(open, verified));
            }
        });
        return rows;
    }

    /** status_trend_recipient_month as stored, rows whose deltas are both zero left out. */
    public Map<RecipientMonth, Deltas> storedByRecipient() {
        var r = STATUS_TREND_RECIPIENT_MONTH;
        return byRecipient(dsl.select(r.RECIPIENT_ID, r.YEAR_MONTH, r.OPEN_DELTA, r.VERIFIED_DELTA).from(r));
    }

    /** status_trend_recipient_month recounted from status_change (not from status_trend_month), zero rows left out. */
    public Map<RecipientMonth, Deltas> recountByRecipient() {
        var t = TRACKED_RECOMMENDATION;
        Field<Integer> month = StatusTrend.yearMonth(STATUS_CHANGE.CHANGED_AT);
        return byRecipient(dsl.select(t.RECIPIENT_ID, month, sum(StatusTrend.openDelta()).cast(Integer.class),
                        sum(StatusTrend.verifiedDelta()).cast(Integer.class))
                .from(STATUS_CHANGE)
                .join(t).on(t.ID.eq(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID))
                .where(StatusTrend.movesALevel())
                .groupBy(t.RECIPIENT_ID, month));
    }

    private static Map<RecipientMonth, Deltas> byRecipient(Select<Record4<Long, Integer, Integer, Integer>> rows) {
        Map<RecipientMonth, Deltas> map = new TreeMap<>();
        rows.forEach(r -> {
            if (r.value3() != 0 || r.value4() != 0) {
                map.put(new RecipientMonth(r.value1(), r.value2()), new Deltas(r.value3(), r.value4()));
            }
        });
        return map;
    }

    private static Select<org.jooq.Record5<Long, Long, Integer, Integer, Integer>> recountQuery(DSLContext dsl) {
        var t = TRACKED_RECOMMENDATION;
        Field<Integer> month = StatusTrend.yearMonth(STATUS_CHANGE.CHANGED_AT);
        return dsl.select(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, month,
                        sum(StatusTrend.openDelta()).cast(Integer.class), sum(StatusTrend.verifiedDelta()).cast(Integer.class))
                .from(STATUS_CHANGE)
                .join(t).on(t.ID.eq(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID))
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .where(StatusTrend.movesALevel())
                .groupBy(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, month);
    }
}
