package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.count;
import static org.oversight.db.Tables.ITEM_COUNT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.SelectField;
import org.oversight.recommendation.ItemCountKey;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Repository;

/**
 * Keeps item_count (decision 0105) equal to a recount of tracked_recommendation: every writer of the item columns the
 * summary is keyed by (status, current deadline, closing date, reopen count; recipient and recommendation on insert)
 * changes the item through {@link #change} or reports a new item through {@link #added}, in its own transaction. The
 * ledger takes the item's old key (after locking its row, so no other writer can move it in between) and its new
 * key, and adds −1 and +1 to their rows: an upsert that adds, so concurrent changes add up rather than overwrite.
 * {@link #rebuild} recounts the whole table (the nightly clock job, loaders that write around the workflow).
 */
@Repository
public class JooqItemCountLedger {

    private final DSLContext dsl;

    JooqItemCountLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Runs {@code write}, which changes the item {@code itemId} (or leaves it as it was), and moves the item's count
     * from its old key to its new one.
     */
    public <T> T change(long itemId, Supplier<T> write) {
        var t = TRACKED_RECOMMENDATION;
        dsl.select(t.ID).from(t).where(t.ID.eq(itemId)).forUpdate().fetch();
        List<ItemCountKey> before = keys(itemId);
        T result = write.get();
        List<ItemCountKey> after = keys(itemId);
        if (!before.equals(after)) {
            before.forEach(k -> add(k, -1));
            after.forEach(k -> add(k, 1));
        }
        return result;
    }

    /** Counts a tracked item just inserted. */
    public void added(long itemId) {
        keys(itemId).forEach(k -> add(k, 1));
    }

    private List<ItemCountKey> keys(long itemId) {
        return dsl.select(key()).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(itemId))
                .fetch(r -> r.value1());
    }

    private static SelectField<ItemCountKey> key() {
        var t = TRACKED_RECOMMENDATION;
        return org.jooq.impl.DSL.row(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.STATUS, ItemCountKey.dueOnOfItem(),
                ItemCountKey.verifiedOnOfItem(), ItemCountKey.reopenedOfItem()).mapping(ItemCountKey::new);
    }

    private void add(ItemCountKey k, int delta) {
        var c = ITEM_COUNT;
        dsl.insertInto(c, c.RECIPIENT_ID, c.REPORT_ID, c.STATUS, c.DUE_ON, c.VERIFIED_ON, c.REOPENED, c.N)
                .values(k.recipientId(), k.reportId(), k.status(), k.dueOn(), k.verifiedOn(), k.reopened(), delta)
                .onConflict(c.RECIPIENT_ID, c.REPORT_ID, c.STATUS, c.DUE_ON, c.VERIFIED_ON, c.REOPENED)
                .doUpdate()
                .set(c.N, c.N.plus(delta))
                .execute();
    }

    /** Replaces the summary with a recount of the items. */
    public void rebuild() {
        rebuild(dsl);
    }

    /**
     * The same on a given connection, for a loader that writes items around the workflow in a transaction of its
     * own (the national data generator): call it before that transaction commits.
     */
    public static void rebuild(DSLContext dsl) {
        var c = ITEM_COUNT;
        dsl.deleteFrom(c).execute();
        dsl.insertInto(c, c.RECIPIENT_ID, c.REPORT_ID, c.STATUS, c.DUE_ON, c.VERIFIED_ON, c.REOPENED, c.N)
                .select(recountQuery(dsl))
                .execute();
    }

    /** The summary as stored, rows counting zero left out (they are the same as no row). */
    public Map<ItemCountKey, Integer> stored() {
        var c = ITEM_COUNT;
        Map<ItemCountKey, Integer> rows = new TreeMap<>();
        dsl.select(c.RECIPIENT_ID, c.REPORT_ID, c.STATUS, c.DUE_ON, c.VERIFIED_ON, c.REOPENED, c.N).from(c)
                .where(c.N.ne(0))
                .forEach(r -> rows.put(new ItemCountKey(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()), r.value7()));
        return rows;
    }

    /** The summary recounted from tracked_recommendation. */
    public Map<ItemCountKey, Integer> recount() {
        Map<ItemCountKey, Integer> rows = new TreeMap<>();
        dsl.fetch(recountQuery(dsl)).forEach(r -> rows.put(new ItemCountKey(r.value1(), r.value2(), r.value3(),
                r.value4(), r.value5(), r.value6()), r.value7()));
        return rows;
    }

    private static Select<org.jooq.Record7<Long, Long, Status, LocalDate, LocalDate, Boolean, Integer>> recountQuery(
            DSLContext dsl) {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.STATUS, ItemCountKey.dueOnOfItem(),
                        ItemCountKey.verifiedOnOfItem(), ItemCountKey.reopenedOfItem(), count())
                .from(t)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .groupBy(t.RECIPIENT_ID, RECOMMENDATION.REPORT_ID, t.STATUS, ItemCountKey.dueOnOfItem(),
                        ItemCountKey.verifiedOnOfItem(), ItemCountKey.reopenedOfItem());
    }
}
