package org.oversight.actionplan.internal;

import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.PLAN_RETURN_SNAPSHOT;
import static org.oversight.db.Tables.PLAN_RETURN_SNAPSHOT_ACTION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a plan said when it was returned (summary and actions), kept so that its resubmission can be compared with
 * it; and the same fields as they stand now, read in the same shape.
 */
@Repository
public class JooqReturnSnapshotRepository {

    /** An action's fields that a watchdog compares: as returned, or as now. */
    public record ActionFields(long actionId, String title, String description, String ownerName, LocalDate dueOn) {
    }

    /** The plan as it was returned. */
    public record Snapshot(OffsetDateTime returnedAt, String summary, List<ActionFields> actions) {
    }

    private final DSLContext dsl;

    JooqReturnSnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Copies the plan's summary and actions as they stand, in the returning transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void take(long planId, OffsetDateTime returnedAt) {
        String summary = dsl.select(ACTION_PLAN.SUMMARY).from(ACTION_PLAN).where(ACTION_PLAN.ID.eq(planId)).fetchSingle().value1();
        long id = dsl.insertInto(PLAN_RETURN_SNAPSHOT)
                .set(PLAN_RETURN_SNAPSHOT.PLAN_ID, planId)
                .set(PLAN_RETURN_SNAPSHOT.RETURNED_AT, returnedAt)
                .set(PLAN_RETURN_SNAPSHOT.SUMMARY, summary)
                .returning(PLAN_RETURN_SNAPSHOT.ID).fetchSingle(PLAN_RETURN_SNAPSHOT.ID);
        var s = PLAN_RETURN_SNAPSHOT_ACTION;
        dsl.insertInto(s, s.SNAPSHOT_ID, s.ACTION_ID, s.TITLE, s.DESCRIPTION, s.OWNER_NAME, s.DUE_ON)
                .select(dsl.select(org.jooq.impl.DSL.val(id), ACTION.ID, ACTION.TITLE, ACTION.DESCRIPTION, ACTION.OWNER_NAME,
                        ACTION.DUE_ON).from(ACTION).where(ACTION.PLAN_ID.eq(planId)))
                .execute();
    }

    /** The plan as it was last returned, or empty if it never was. */
    public Optional<Snapshot> latest(long planId) {
        var p = PLAN_RETURN_SNAPSHOT;
        var s = PLAN_RETURN_SNAPSHOT_ACTION;
        return dsl.select(p.ID, p.RETURNED_AT, p.SUMMARY).from(p).where(p.PLAN_ID.eq(planId))
                .orderBy(p.ID.desc()).limit(1)
                .fetchOptional()
                .map(r -> new Snapshot(r.value2(), r.value3(),
                        dsl.select(s.ACTION_ID, s.TITLE, s.DESCRIPTION, s.OWNER_NAME, s.DUE_ON).from(s)
                                .where(s.SNAPSHOT_ID.eq(r.value1())).orderBy(s.ACTION_ID)
                                .fetch(Records.mapping(ActionFields::new))));
    }

    /** The plan's actions now, in the same shape. */
    public List<ActionFields> current(long planId) {
        return dsl.select(ACTION.ID, ACTION.TITLE, ACTION.DESCRIPTION, ACTION.OWNER_NAME, ACTION.DUE_ON).from(ACTION)
                .where(ACTION.PLAN_ID.eq(planId)).orderBy(ACTION.ID)
                .fetch(Records.mapping(ActionFields::new));
    }
}
