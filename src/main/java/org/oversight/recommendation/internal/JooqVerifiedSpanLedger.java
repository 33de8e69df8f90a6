package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.ITEM_VERIFIED_DAY;
import static org.oversight.db.Tables.ITEM_VERIFIED_SPAN;
import static org.oversight.db.Tables.REPORT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.oversight.base.SummaryRows;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.oversight.recommendation.ItemCountsToday;
import org.oversight.recommendation.ReportLock;
import org.oversight.recommendation.VerifiedDayKey;
import org.springframework.stereotype.Repository;

/**
 * Keeps item_verified_span (decision 0127) equal to a recount of item_verified_day: the verified items counted by
 * their report's watchdog and the days from the report's publication to the day verified. Two things move a row:
 * an item whose verified day changes ({@link JooqItemCountLedger} calls {@link #moved} with the item's old and new
 * {@link VerifiedDayKey}s), and a corrected publication date ({@link #republishing}), which moves every verified
 * item of the report. Both lock the report's row ({@link ReportLock}) before reading its date, so that a correction
 * and a verification of one of its items, in two transactions at once, each see the other's result or wait for it;
 * every writer of an item has locked the report before the item (decision 0133), so neither waits holding the item.
 */
@Repository
public class JooqVerifiedSpanLedger {

    /** One row's key: the report's watchdog and the days from publication to the day verified. */
    public record SpanKey(long watchdogId, int days) implements Comparable<SpanKey> {
        @Override
        public int compareTo(SpanKey o) {
            int byWatchdog = Long.compare(watchdogId, o.watchdogId);
            return byWatchdog != 0 ? byWatchdog : Integer.compare(days, o.days);
        }
    }

    private final DSLContext dsl;
    private final ReportLock reportLock;

    JooqVerifiedSpanLedger(DSLContext dsl, ReportLock reportLock) {
        this.dsl = dsl;
        this.reportLock = reportLock;
    }

    /** An item's verified day went from {@code before} to {@code after} (each empty or one key, of one report). */
    void moved(List<VerifiedDayKey> before, List<VerifiedDayKey> after) {
        before.forEach(k -> add(k, -1));
        after.forEach(k -> add(k, 1));
    }

    private void add(VerifiedDayKey k, int delta) {
        var published = report(k.reportId());
        add(new SpanKey(published.value1(), (int) ChronoUnit.DAYS.between(published.value2(), k.verifiedOn())), delta);
    }

    /** The report's watchdog and publication date, its row locked until the transaction ends. */
    private Record2<Long, LocalDate> report(long reportId) {
        reportLock.ofReport(reportId);
        return dsl.select(REPORT.WATCHDOG_ID, REPORT.PUBLISHED_ON).from(REPORT).where(REPORT.ID.eq(reportId))
                .fetchSingle();
    }

    /**
     * Runs {@code write}, which may correct the report's publication date, and moves the report's verified items
     * from their old days from publication to their new ones.
     */
    public <T> T republishing(long reportId, Supplier<T> write) {
        LocalDate before = report(reportId).value2();
        T result = write.get();
        var after = report(reportId);
        if (!before.equals(after.value2())) {
            var v = ITEM_VERIFIED_DAY;
            dsl.select(v.VERIFIED_ON, sum(v.N)).from(v).where(v.REPORT_ID.eq(reportId)).groupBy(v.VERIFIED_ON)
                    .forEach(r -> {
                        int n = r.value2().intValueExact();
                        add(new SpanKey(after.value1(), (int) ChronoUnit.DAYS.between(before, r.value1())), -n);
                        add(new SpanKey(after.value1(), (int) ChronoUnit.DAYS.between(after.value2(), r.value1())), n);
                    });
        }
        return result;
    }

    private void add(SpanKey k, int delta) {
        var s = ITEM_VERIFIED_SPAN;
        SummaryRows.add(dsl, s, s.N, delta, Map.of(s.WATCHDOG_ID, k.watchdogId(), s.DAYS, k.days()));
    }

    /** Replaces item_verified_span with a recount of item_verified_day (which must be right first). */
    static void rebuild(DSLContext dsl) {
        var s = ITEM_VERIFIED_SPAN;
        dsl.deleteFrom(s).execute();
        dsl.insertInto(s, s.WATCHDOG_ID, s.DAYS, s.N).select(recountQuery(dsl)).execute();
    }

    /** item_verified_span as stored, rows counting zero left out (they are the same as no row). */
    public Map<SpanKey, Integer> stored() {
        var s = ITEM_VERIFIED_SPAN;
        Map<SpanKey, Integer> rows = new TreeMap<>();
        dsl.select(s.WATCHDOG_ID, s.DAYS, s.N).from(s).where(s.N.ne(0))
                .forEach(r -> rows.put(new SpanKey(r.value1(), r.value2()), r.value3()));
        return rows;
    }

    /** item_verified_span recounted from item_verified_day and the reports. */
    public Map<SpanKey, Integer> recount() {
        Map<SpanKey, Integer> rows = new TreeMap<>();
        dsl.fetch(recountQuery(dsl)).forEach(r -> rows.put(new SpanKey(r.value1(), r.value2()), r.value3()));
        rows.values().removeIf(n -> n == 0);
        return rows;
    }

    private static Select<Record3<Long, Integer, Integer>> recountQuery(DSLContext dsl) {
        var v = ITEM_VERIFIED_DAY;
        Field<Integer> days = DSL.localDateDiff(v.VERIFIED_ON, REPORT.PUBLISHED_ON);
        Field<Integer> n = sum(v.N).convertFrom(ItemCountsToday::asInt);
        return dsl.select(REPORT.WATCHDOG_ID, days, n)
                .from(v).join(REPORT).on(REPORT.ID.eq(v.REPORT_ID))
                .groupBy(REPORT.WATCHDOG_ID, days);
    }
}
