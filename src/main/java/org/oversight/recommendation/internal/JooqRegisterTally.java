package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REGISTER_TALLY;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Select;
import org.oversight.base.SummaryRows;
import org.oversight.recommendation.ItemCountKey;
import org.springframework.stereotype.Repository;

/**
 * The register's items counted by report and whether they have a deadline (register_tally, decision 0132), kept by
 * {@link JooqItemCountLedger} beside item_count in the writer's transaction, and read by {@link RegisterPaging} as
 * counts by publication date, so that a jump far into the whole register finds the date that holds the row it jumps
 * to without reading the keys of every row before it.
 */
@Repository
public class JooqRegisterTally {

    /** One row's key: the report and whether its items counted have no deadline. */
    public record TallyKey(long reportId, boolean undated) implements Comparable<TallyKey> {
        @Override
        public int compareTo(TallyKey o) {
            int byReport = Long.compare(reportId, o.reportId);
            return byReport != 0 ? byReport : Boolean.compare(undated, o.undated);
        }
    }

    /**
     * The whole register's items of one publication date: all of them, and those with no deadline.
     */
    record Day(LocalDate publishedOn, int items, int undated) {
    }

    private final DSLContext dsl;

    JooqRegisterTally(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The whole register's items by publication date, the latest date first when {@code descending}. */
    static List<Day> days(DSLContext dsl, boolean descending) {
        var t = REGISTER_TALLY;
        Field<Integer> items = sum(t.N).cast(Integer.class);
        Field<Integer> undated = sum(when(t.UNDATED, t.N).otherwise(inline(0))).cast(Integer.class);
        return dsl.select(REPORT.PUBLISHED_ON, items, undated).from(t).join(REPORT).on(REPORT.ID.eq(t.REPORT_ID))
                .groupBy(REPORT.PUBLISHED_ON)
                .orderBy(descending ? REPORT.PUBLISHED_ON.desc() : REPORT.PUBLISHED_ON.asc())
                .fetch(r -> new Day(r.value1(), r.value2(), r.value3()));
    }

    /**
     * An item's item_count keys went from {@code before} to {@code after} (each empty or one key): moves it between
     * the rows they fall in here, and touches no row when both fall in the same (a status move, a new deadline for
     * an item that had one), so that the day's writers of one report do not queue for its row for nothing.
     */
    static void moved(DSLContext dsl, List<ItemCountKey> before, List<ItemCountKey> after) {
        Map<TallyKey, Integer> delta = new TreeMap<>();
        before.forEach(k -> delta.merge(key(k), -1, Integer::sum));
        after.forEach(k -> delta.merge(key(k), 1, Integer::sum));
        var t = REGISTER_TALLY;
        delta.forEach((k, n) -> {
            if (n != 0) {
                SummaryRows.add(dsl, t, t.N, n, Map.of(t.REPORT_ID, k.reportId(), t.UNDATED, k.undated()));
            }
        });
    }

    private static TallyKey key(ItemCountKey k) {
        return new TallyKey(k.reportId(), k.dueOn().equals(ItemCountKey.NO_DATE));
    }

    /** Replaces register_tally with a recount. */
    static void rebuild(DSLContext dsl) {
        var t = REGISTER_TALLY;
        dsl.deleteFrom(t).execute();
        dsl.insertInto(t, t.REPORT_ID, t.UNDATED, t.N).select(recountQuery(dsl)).execute();
    }

    /** register_tally as stored, rows counting zero left out (they are the same as no row). */
    public Map<TallyKey, Integer> stored() {
        var t = REGISTER_TALLY;
        Map<TallyKey, Integer> rows = new TreeMap<>();
        dsl.select(t.REPORT_ID, t.UNDATED, t.N).from(t).where(t.N.ne(0))
                .forEach(r -> rows.put(new TallyKey(r.value1(), r.value2()), r.value3()));
        return rows;
    }

    /** register_tally recounted from tracked_recommendation. */
    public Map<TallyKey, Integer> recount() {
        Map<TallyKey, Integer> rows = new TreeMap<>();
        dsl.fetch(recountQuery(dsl)).forEach(r -> rows.put(new TallyKey(r.value1(), r.value2()), r.value3()));
        return rows;
    }

    private static Select<Record3<Long, Boolean, Integer>> recountQuery(DSLContext dsl) {
        var t = TRACKED_RECOMMENDATION;
        Field<Boolean> undated = when(t.DUE_ON.isNull(), inline(true)).otherwise(inline(false));
        return dsl.select(RECOMMENDATION.REPORT_ID, undated, count()).from(t)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .groupBy(RECOMMENDATION.REPORT_ID, undated);
    }
}
