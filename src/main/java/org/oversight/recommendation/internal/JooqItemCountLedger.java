package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.row;
import static org.oversight.db.Tables.ITEM_COUNT;
import static org.oversight.db.Tables.ITEM_COUNT_RECIPIENT;
import static org.oversight.db.Tables.ITEM_VERIFIED_DAY;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.oversight.base.SummaryRows;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.Record6;
import org.jooq.Select;
import org.jooq.SelectField;
import org.oversight.recommendation.ItemCountKey;
import org.oversight.recommendation.ReportLock;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.VerifiedDayKey;
import org.springframework.stereotype.Repository;

/**
 * Keeps item_count and item_verified_day (decisions 0105 and 0123), item_count_recipient (item_count without the
 * report), register_tally (by report, decision 0132) and, through {@link JooqVerifiedSpanLedger}, item_verified_span
 * (decision 0127) equal to a recount of tracked_recommendation: every writer of the item columns the summaries are keyed by (status, current deadline, closing date, reopen count;
 * recipient and recommendation on insert) changes the item through {@link #change} or reports a new item through
 * {@link #added}, in its own transaction. The ledger locks the item's report ({@link ReportLock}, decision 0133),
 * then the item's row, so no other writer can move it in between; it takes the item's old keys and its new keys,
 * and adds −1 and +1 to their rows: an upsert that adds, so concurrent changes add up rather than overwrite.
 * {@link #rebuild} recounts every table (the nightly check, loaders that write around the workflow).
 */
@Repository
public class JooqItemCountLedger {

    private final DSLContext dsl;
    private final JooqVerifiedSpanLedger spans;
    private final ReportLock reportLock;

    JooqItemCountLedger(DSLContext dsl, JooqVerifiedSpanLedger spans, ReportLock reportLock) {
        this.dsl = dsl;
        this.spans = spans;
        this.reportLock = reportLock;
    }

    /** An item's rows: one in item_count, and one in item_verified_day if it was verified with a closing date. */
    private record Keys(List<ItemCountKey> counts, List<VerifiedDayKey> verifiedDays) {
    }

    /**
     * Runs {@code write}, which changes the item {@code itemId} (or leaves it as it was), and moves the item's counts
     * from its old keys to its new ones. The item's report is locked first ({@link ReportLock}, decision 0133).
     */
    public <T> T change(long itemId, Supplier<T> write) {
        var t = TRACKED_RECOMMENDATION;
        reportLock.ofItems(List.of(itemId));
        dsl.select(t.ID).from(t).where(t.ID.eq(itemId)).forUpdate().fetch();
        Keys before = keys(itemId);
        T result = write.get();
        Keys after = keys(itemId);
        if (!before.counts().equals(after.counts())) {
            before.counts().forEach(k -> add(k, -1));
            after.counts().forEach(k -> add(k, 1));
            JooqRegisterTally.moved(dsl, before.counts(), after.counts());
        }
        if (!before.verifiedDays().equals(after.verifiedDays())) {
            before.verifiedDays().forEach(k -> add(k, -1));
            after.verifiedDays().forEach(k -> add(k, 1));
            spans.moved(before.verifiedDays(), after.verifiedDays());
        }
        return result;
    }

    /** Counts a tracked item just inserted, its report locked first ({@link ReportLock}). */
    public void added(long itemId) {
        reportLock.ofItems(List.of(itemId));
        Keys keys = keys(itemId);
        keys.counts().forEach(k -> add(k, 1));
        JooqRegisterTally.moved(dsl, List.of(), keys.counts());
        keys.verifiedDays().forEach(k -> add(k, 1));
        spans.moved(List.of(), keys.verifiedDays());
    }

    /** Both keys in one read of the item. */
    private Keys keys(long itemId) {
        var t = TRACKED_RECOMMENDATION;
        var rows = dsl.select(countKey(), t.STATUS, t.CLOSED_ON).from(t)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .where(t.ID.eq(itemId))
                .fetch();
        List<ItemCountKey> counts = rows.map(r -> r.value1());
        List<VerifiedDayKey> days = rows.stream()
                .filter(r -> r.value2() == Status.VERIFIED_IMPLEMENTED && r.value3() != null)
                .map(r -> new VerifiedDayKey(r.value1().recipientId(), r.value1().reportId(), r.value3()))
                .toList();
        return new Keys(counts, days);
    }

    private static SelectField<ItemCountKey> countKey() {
        var t = TRACKED_RECOMMENDATION;
        return row(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.STATUS, ItemCountKey.dueOnOfItem(),
                ItemCountKey.reopenedOfItem()).mapping(ItemCountKey::new);
    }

    /** Adds to the item's row of item_count and to its recipient's row of item_count_recipient. */
    private void add(ItemCountKey k, int delta) {
        var c = ITEM_COUNT;
        dsl.insertInto(c, c.RECIPIENT_ID, c.REPORT_ID, c.STATUS, c.DUE_ON, c.REOPENED, c.N)
                .values(k.recipientId(), k.reportId(), k.status(), k.dueOn(), k.reopened(), delta)
                .onConflict(c.RECIPIENT_ID, c.REPORT_ID, c.STATUS, c.DUE_ON, c.REOPENED)
                .doUpdate()
                .set(c.N, c.N.plus(delta))
                .execute();
        var r = ITEM_COUNT_RECIPIENT;
        SummaryRows.add(dsl, r, r.N, delta, Map.of(r.RECIPIENT_ID, k.recipientId(), r.STATUS, k.status(),
                r.DUE_ON, k.dueOn(), r.REOPENED, k.reopened()));
    }

    private void add(VerifiedDayKey k, int delta) {
        var v = ITEM_VERIFIED_DAY;
        dsl.insertInto(v, v.RECIPIENT_ID, v.REPORT_ID, v.VERIFIED_ON, v.N)
                .values(k.recipientId(), k.reportId(), k.verifiedOn(), delta)
                .onConflict(v.RECIPIENT_ID, v.REPORT_ID, v.VERIFIED_ON)
                .doUpdate()
                .set(v.N, v.N.plus(delta))
                .execute();
    }

    /** Replaces both summaries with a recount of the items. */
    public void rebuild() {
        rebuild(dsl);
    }

    /**
     * The same on a given connection, for a loader that writes items around the workflow in a transaction of its
     * own (the national data generator): call it before that transaction commits.
     */
    public static void rebuild(DSLContext dsl) {
        rebuildCounts(dsl);
        rebuildVerifiedDays(dsl);
    }

    /** Replaces item_count, item_count_recipient and register_tally (decision 0132) with a recount. */
    public void rebuildCounts() {
        rebuildCounts(dsl);
    }

    /** Replaces item_verified_day, and item_verified_span from it, with a recount. */
    public void rebuildVerifiedDays() {
        rebuildVerifiedDays(dsl);
    }

    private static void rebuildCounts(DSLContext dsl) {
        var c = ITEM_COUNT;
        dsl.deleteFrom(c).execute();
        dsl.insertInto(c, c.RECIPIENT_ID, c.REPORT_ID, c.STATUS, c.DUE_ON, c.REOPENED, c.N)
                .select(recountQuery(dsl))
                .execute();
        var r = ITEM_COUNT_RECIPIENT;
        dsl.deleteFrom(r).execute();
        dsl.insertInto(r, r.RECIPIENT_ID, r.STATUS, r.DUE_ON, r.REOPENED, r.N)
                .select(recountByRecipientQuery(dsl))
                .execute();
        JooqRegisterTally.rebuild(dsl);
    }

    private static void rebuildVerifiedDays(DSLContext dsl) {
        var v = ITEM_VERIFIED_DAY;
        dsl.deleteFrom(v).execute();
        dsl.insertInto(v, v.RECIPIENT_ID, v.REPORT_ID, v.VERIFIED_ON, v.N)
                .select(recountVerifiedDaysQuery(dsl))
                .execute();
        JooqVerifiedSpanLedger.rebuild(dsl);
    }

    /** item_count as stored, rows counting zero left out (they are the same as no row). */
    public Map<ItemCountKey, Integer> stored() {
        var c = ITEM_COUNT;
        Map<ItemCountKey, Integer> rows = new TreeMap<>();
        dsl.select(c.RECIPIENT_ID, c.REPORT_ID, c.STATUS, c.DUE_ON, c.REOPENED, c.N).from(c)
                .where(c.N.ne(0))
                .forEach(r -> rows.put(new ItemCountKey(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()),
                        r.value6()));
        return rows;
    }

    /** item_count recounted from tracked_recommendation. */
    public Map<ItemCountKey, Integer> recount() {
        Map<ItemCountKey, Integer> rows = new TreeMap<>();
        dsl.fetch(recountQuery(dsl)).forEach(r -> rows.put(new ItemCountKey(r.value1(), r.value2(), r.value3(),
                r.value4(), r.value5()), r.value6()));
        return rows;
    }

    /**
     * item_count_recipient as stored, rows counting zero left out; keyed as item_count with report 0 (the table has
     * no report: it counts a recipient's items of every report).
     */
    public Map<ItemCountKey, Integer> storedByRecipient() {
        var r = ITEM_COUNT_RECIPIENT;
        Map<ItemCountKey, Integer> rows = new TreeMap<>();
        dsl.select(r.RECIPIENT_ID, r.STATUS, r.DUE_ON, r.REOPENED, r.N).from(r)
                .where(r.N.ne(0))
                .forEach(x -> rows.put(new ItemCountKey(x.value1(), 0L, x.value2(), x.value3(), x.value4()), x.value5()));
        return rows;
    }

    /** item_count_recipient recounted from tracked_recommendation, keyed as {@link #storedByRecipient}. */
    public Map<ItemCountKey, Integer> recountByRecipient() {
        Map<ItemCountKey, Integer> rows = new TreeMap<>();
        dsl.fetch(recountByRecipientQuery(dsl)).forEach(x -> rows.put(new ItemCountKey(x.value1(), 0L, x.value2(),
                x.value3(), x.value4()), x.value5()));
        return rows;
    }

    private static Select<Record5<Long, Status, LocalDate, Boolean, Integer>> recountByRecipientQuery(DSLContext dsl) {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(t.RECIPIENT_ID, t.STATUS, ItemCountKey.dueOnOfItem(), ItemCountKey.reopenedOfItem(), count())
                .from(t)
                .groupBy(t.RECIPIENT_ID, t.STATUS, ItemCountKey.dueOnOfItem(), ItemCountKey.reopenedOfItem());
    }

    /** item_verified_day as stored, rows counting zero left out. */
    public Map<VerifiedDayKey, Integer> storedVerifiedDays() {
        var v = ITEM_VERIFIED_DAY;
        Map<VerifiedDayKey, Integer> rows = new TreeMap<>();
        dsl.select(v.RECIPIENT_ID, v.REPORT_ID, v.VERIFIED_ON, v.N).from(v)
                .where(v.N.ne(0))
                .forEach(r -> rows.put(new VerifiedDayKey(r.value1(), r.value2(), r.value3()), r.value4()));
        return rows;
    }

    /** item_verified_day recounted from tracked_recommendation. */
    public Map<VerifiedDayKey, Integer> recountVerifiedDays() {
        Map<VerifiedDayKey, Integer> rows = new TreeMap<>();
        dsl.fetch(recountVerifiedDaysQuery(dsl)).forEach(r -> rows.put(
                new VerifiedDayKey(r.value1(), r.value2(), r.value3()), r.value4()));
        return rows;
    }

    private static Select<Record6<Long, Long, Status, LocalDate, Boolean, Integer>> recountQuery(DSLContext dsl) {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.STATUS, ItemCountKey.dueOnOfItem(),
                        ItemCountKey.reopenedOfItem(), count())
                .from(t)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .groupBy(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.STATUS, ItemCountKey.dueOnOfItem(),
                        ItemCountKey.reopenedOfItem());
    }

    private static Select<Record4<Long, Long, LocalDate, Integer>> recountVerifiedDaysQuery(DSLContext dsl) {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.CLOSED_ON, count())
                .from(t)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .where(ItemCountKey.verifiedWithADay())
                .groupBy(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.CLOSED_ON);
    }
}
