package org.oversight.actionplan.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_SLIPPAGE;
import static org.oversight.db.Tables.ACTION_SLIPPAGE_ORG;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.oversight.base.SummaryRows;
import org.jooq.Record6;
import org.jooq.Select;
import org.jooq.SelectField;
import org.oversight.actionplan.ActionSlippageKey;
import org.springframework.stereotype.Repository;

/**
 * Keeps action_slippage (decision 0112), and action_slippage_org (the same without the report, decision 0127),
 * equal to a recount of the actions. {@link JooqActionRepository}, the only
 * writer of the action table, writes every action through {@link #change} (an edit, progress, a moved date, a
 * deletion) or reports a new one through {@link #added}, in its own transaction. The ledger takes the action's old
 * key (after locking its row, so that no other writer can move it in between) and its new key, and adds −1 and +1
 * to their rows: an upsert that adds, so concurrent changes add up rather than overwrite. A cancelled or deleted
 * action has no key. {@link #rebuild} recounts both tables (the nightly check, loaders that write around it).
 */
@Repository
public class JooqSlippageLedger {

    private final DSLContext dsl;

    JooqSlippageLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Runs {@code write}, which changes or deletes the action {@code actionId} (or leaves it as it was), and moves
     * the action's count from its old key to its new one.
     */
    <T> T change(long actionId, Supplier<T> write) {
        dsl.select(ACTION.ID).from(ACTION).where(ACTION.ID.eq(actionId)).forUpdate().fetch();
        List<ActionSlippageKey> before = keys(actionId);
        T result = write.get();
        List<ActionSlippageKey> after = keys(actionId);
        if (!before.equals(after)) {
            before.forEach(k -> add(k, -1));
            after.forEach(k -> add(k, 1));
        }
        return result;
    }

    /** Counts an action just inserted. */
    void added(long actionId) {
        keys(actionId).forEach(k -> add(k, 1));
    }

    private List<ActionSlippageKey> keys(long actionId) {
        return dsl.select(key()).from(ACTION).join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .where(ACTION.ID.eq(actionId)).and(ActionSlippageKey.counted())
                .fetch(r -> r.value1());
    }

    private static SelectField<ActionSlippageKey> key() {
        return row(ACTION_PLAN.ORGANISATION_ID, ACTION_PLAN.REPORT_ID, ActionSlippageKey.movedBucketOfAction(),
                ActionSlippageKey.lateBucketOfAction(), ActionSlippageKey.openDueOnOfAction())
                .mapping(ActionSlippageKey::new);
    }

    private void add(ActionSlippageKey k, int delta) {
        var s = ACTION_SLIPPAGE;
        dsl.insertInto(s, s.ORGANISATION_ID, s.REPORT_ID, s.MOVED_BUCKET, s.LATE_BUCKET, s.OPEN_DUE_ON, s.N)
                .values(k.organisationId(), k.reportId(), k.movedBucket(), k.lateBucket(), k.openDueOn(), delta)
                .onConflict(s.ORGANISATION_ID, s.REPORT_ID, s.MOVED_BUCKET, s.LATE_BUCKET, s.OPEN_DUE_ON)
                .doUpdate()
                .set(s.N, s.N.plus(delta))
                .execute();
        var o = ACTION_SLIPPAGE_ORG;
        SummaryRows.add(dsl, o, o.N, delta, Map.of(o.ORGANISATION_ID, k.organisationId(), o.MOVED_BUCKET,
                k.movedBucket(), o.LATE_BUCKET, k.lateBucket(), o.OPEN_DUE_ON, k.openDueOn()));
    }

    /** Replaces the summary with a recount of the actions. */
    public void rebuild() {
        rebuild(dsl);
    }

    /**
     * The same on a given connection, for a loader that writes actions around the repository in a transaction of
     * its own (the national data generator, the benchmarks' loaders): call it before that transaction commits.
     */
    public static void rebuild(DSLContext dsl) {
        var s = ACTION_SLIPPAGE;
        dsl.deleteFrom(s).execute();
        dsl.insertInto(s, s.ORGANISATION_ID, s.REPORT_ID, s.MOVED_BUCKET, s.LATE_BUCKET, s.OPEN_DUE_ON, s.N)
                .select(recountQuery(dsl))
                .execute();
        var o = ACTION_SLIPPAGE_ORG;
        dsl.deleteFrom(o).execute();
        dsl.insertInto(o, o.ORGANISATION_ID, o.MOVED_BUCKET, o.LATE_BUCKET, o.OPEN_DUE_ON, o.N)
                .select(dsl.select(s.ORGANISATION_ID, s.MOVED_BUCKET, s.LATE_BUCKET, s.OPEN_DUE_ON,
                                sum(s.N).cast(Integer.class))
                        .from(s)
                        .groupBy(s.ORGANISATION_ID, s.MOVED_BUCKET, s.LATE_BUCKET, s.OPEN_DUE_ON))
                .execute();
    }

    /**
     * action_slippage_org as stored, rows counting zero left out; keyed as action_slippage with report 0 (the table
     * has no report: it counts an organisation's actions of every report).
     */
    public Map<ActionSlippageKey, Integer> storedByOrganisation() {
        var o = ACTION_SLIPPAGE_ORG;
        Map<ActionSlippageKey, Integer> rows = new TreeMap<>();
        dsl.select(o.ORGANISATION_ID, o.MOVED_BUCKET, o.LATE_BUCKET, o.OPEN_DUE_ON, o.N).from(o).where(o.N.ne(0))
                .forEach(r -> rows.put(new ActionSlippageKey(r.value1(), 0L, r.value2(), r.value3(), r.value4()), r.value5()));
        return rows;
    }

    /** action_slippage_org recounted from the actions, keyed as {@link #storedByOrganisation}. */
    public Map<ActionSlippageKey, Integer> recountByOrganisation() {
        Map<ActionSlippageKey, Integer> rows = new TreeMap<>();
        recount().forEach((k, n) -> rows.merge(new ActionSlippageKey(k.organisationId(), 0L, k.movedBucket(),
                k.lateBucket(), k.openDueOn()), n, Integer::sum));
        return rows;
    }

    /** The summary as stored, rows counting zero left out (they are the same as no row). */
    public Map<ActionSlippageKey, Integer> stored() {
        var s = ACTION_SLIPPAGE;
        Map<ActionSlippageKey, Integer> rows = new TreeMap<>();
        dsl.select(s.ORGANISATION_ID, s.REPORT_ID, s.MOVED_BUCKET, s.LATE_BUCKET, s.OPEN_DUE_ON, s.N).from(s)
                .where(s.N.ne(0))
                .forEach(r -> rows.put(keyOf(r), r.value6()));
        return rows;
    }

    /** The summary recounted from the actions. */
    public Map<ActionSlippageKey, Integer> recount() {
        Map<ActionSlippageKey, Integer> rows = new TreeMap<>();
        dsl.fetch(recountQuery(dsl)).forEach(r -> rows.put(keyOf(r), r.value6()));
        return rows;
    }

    private static ActionSlippageKey keyOf(Record6<Long, Long, Integer, Integer, LocalDate, Integer> r) {
        return new ActionSlippageKey(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }

    private static Select<Record6<Long, Long, Integer, Integer, LocalDate, Integer>> recountQuery(DSLContext dsl) {
        return dsl.select(ACTION_PLAN.ORGANISATION_ID, ACTION_PLAN.REPORT_ID, ActionSlippageKey.movedBucketOfAction(),
                        ActionSlippageKey.lateBucketOfAction(), ActionSlippageKey.openDueOnOfAction(), count())
                .from(ACTION)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .where(ActionSlippageKey.counted())
                .groupBy(ACTION_PLAN.ORGANISATION_ID, ACTION_PLAN.REPORT_ID, ActionSlippageKey.movedBucketOfAction(),
                        ActionSlippageKey.lateBucketOfAction(), ActionSlippageKey.openDueOnOfAction());
    }
}
