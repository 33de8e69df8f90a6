package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.ITEM_COUNT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REGISTER_TALLY;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.oversight.base.SummaryRows;
import org.oversight.recommendation.ItemCountKey;
import org.oversight.recommendation.ReportLock;
import org.springframework.stereotype.Repository;

/**
 * The register's items counted by the month of their report's publication and whether they have a deadline
 * (register_tally, decision 0132), read by {@link RegisterPaging} so that a jump far into the whole register finds
 * the month that holds the row it jumps to without reading the keys of every row before it. Kept in the writer's
 * transaction: {@link JooqItemCountLedger} reports every item's item_count keys before and after a change
 * ({@link #moved}), and a corrected publication date moves the report's items from the old month to the new
 * ({@link #republishing}). Both lock the report's row before reading its date, as {@link JooqVerifiedSpanLedger}
 * does, so that a correction and an item change of the report each see the other's result or wait for it.
 */
@Repository
public class JooqRegisterTally {

    /** One row's key: the first day of the month of publication, and whether its items have no deadline. */
    public record TallyKey(LocalDate month, boolean undated) implements Comparable<TallyKey> {
        @Override
        public int compareTo(TallyKey o) {
            int byMonth = month.compareTo(o.month);
            return byMonth != 0 ? byMonth : Boolean.compare(undated, o.undated);
        }
    }

    /** The whole register's items of one month of publication: all of them, and those with no deadline. */
    record Month(LocalDate first, int items, int undated) {
    }

    private final DSLContext dsl;

    JooqRegisterTally(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The whole register's items by month of publication, the latest month first when {@code descending}. */
    static List<Month> months(DSLContext dsl, boolean descending) {
        var t = REGISTER_TALLY;
        Field<Integer> items = sum(t.N).cast(Integer.class);
        Field<Integer> undated = sum(when(t.UNDATED, t.N).otherwise(inline(0))).cast(Integer.class);
        return dsl.select(t.PUBLISHED_MONTH, items, undated).from(t).groupBy(t.PUBLISHED_MONTH)
                .orderBy(descending ? t.PUBLISHED_MONTH.desc() : t.PUBLISHED_MONTH.asc())
                .fetch(r -> new Month(r.value1(), r.value2(), r.value3()));
    }

    /**
     * An item's item_count keys went from {@code before} to {@code after} (each empty or one key, of one report):
     * moves it between the rows they fall in here. A status move, or a new deadline for an item that had one, falls
     * in the same row and touches nothing (not even the report's lock), so the day's writers do not queue for it.
     */
    static void moved(DSLContext dsl, List<ItemCountKey> before, List<ItemCountKey> after) {
        Map<Boolean, Integer> delta = new TreeMap<>();
        before.forEach(k -> delta.merge(undated(k), -1, Integer::sum));
        after.forEach(k -> delta.merge(undated(k), 1, Integer::sum));
        delta.values().removeIf(n -> n == 0);
        if (delta.isEmpty()) {
            return;
        }
        long reportId = (before.isEmpty() ? after : before).getFirst().reportId();
        LocalDate month = month(lockedPublication(dsl, reportId));
        delta.forEach((undated, n) -> add(dsl, new TallyKey(month, undated), n));
    }

    /**
     * Runs {@code write}, which may correct the report's publication date, and moves the report's items from the
     * old month to the new (counted from item_count, which the same transaction keeps exact).
     */
    public <T> T republishing(long reportId, Supplier<T> write) {
        LocalDate before = month(lockedPublication(dsl, reportId));
        T result = write.get();
        LocalDate after = month(lockedPublication(dsl, reportId));
        if (!before.equals(after)) {
            var c = ITEM_COUNT;
            Field<Boolean> undated = c.DUE_ON.eq(inline(ItemCountKey.NO_DATE));
            dsl.select(undated, sum(c.N)).from(c).where(c.REPORT_ID.eq(reportId)).groupBy(undated).forEach(r -> {
                int n = r.value2().intValueExact();
                add(dsl, new TallyKey(before, r.value1()), -n);
                add(dsl, new TallyKey(after, r.value1()), n);
            });
        }
        return result;
    }

    private static void add(DSLContext dsl, TallyKey k, int delta) {
        var t = REGISTER_TALLY;
        SummaryRows.add(dsl, t, t.N, delta, Map.of(t.PUBLISHED_MONTH, k.month(), t.UNDATED, k.undated()));
    }

    private static boolean undated(ItemCountKey k) {
        return k.dueOn().equals(ItemCountKey.NO_DATE);
    }

    /** The report's publication date, its row locked until the transaction ends (the lock order of decision 0133). */
    private static LocalDate lockedPublication(DSLContext dsl, long reportId) {
        return ReportLock.inReportOrder(dsl.select(REPORT.PUBLISHED_ON).from(REPORT).where(REPORT.ID.eq(reportId)),
                dsl.dialect()).fetchSingle(REPORT.PUBLISHED_ON);
    }

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /** Replaces register_tally with a recount. */
    static void rebuild(DSLContext dsl) {
        var t = REGISTER_TALLY;
        dsl.deleteFrom(t).execute();
        dsl.insertInto(t, t.PUBLISHED_MONTH, t.UNDATED, t.N).select(recountQuery(dsl)).execute();
    }

    /** register_tally as stored, rows counting zero left out (they are the same as no row). */
    public Map<TallyKey, Integer> stored() {
        var t = REGISTER_TALLY;
        Map<TallyKey, Integer> rows = new TreeMap<>();
        dsl.select(t.PUBLISHED_MONTH, t.UNDATED, t.N).from(t).where(t.N.ne(0))
                .forEach(r -> rows.put(new TallyKey(r.value1(), r.value2()), r.value3()));
        return rows;
    }

    /** register_tally recounted from tracked_recommendation. */
    public Map<TallyKey, Integer> recount() {
        Map<TallyKey, Integer> rows = new TreeMap<>();
        dsl.fetch(recountQuery(dsl)).forEach(r -> rows.put(new TallyKey(r.value1(), r.value2()), r.value3()));
        return rows;
    }

    private static Select<Record3<LocalDate, Boolean, Integer>> recountQuery(DSLContext dsl) {
        var t = TRACKED_RECOMMENDATION;
        Field<LocalDate> month = DSL.field("CAST(DATE_TRUNC('MONTH', {0}) AS DATE)", LocalDate.class, REPORT.PUBLISHED_ON);
        Field<Boolean> undated = when(t.DUE_ON.isNull(), inline(true)).otherwise(inline(false));
        return dsl.select(month, undated, count()).from(t)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .groupBy(month, undated);
    }
}
