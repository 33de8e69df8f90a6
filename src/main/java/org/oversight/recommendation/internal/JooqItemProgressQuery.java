package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.oversight.recommendation.ItemProgress;
import org.springframework.stereotype.Repository;

/**
 * Reads, for one item, what the action plan feature writes: the recipient's plan for the report, the actions that
 * answer the item, their updates and evidence. Three queries whatever the number of actions (no N+1): updates and
 * their evidence come nested in the actions and the item's updates.
 */
@Repository
public class JooqItemProgressQuery {

    private final DSLContext dsl;

    public JooqItemProgressQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ItemProgress progress(long trackedId, long reportId, long recipientId) {
        // The plan and action statuses are the action plan feature's enums, which the register, a layer below, does
        // not see: it reads their stored names as text (coerce changes the Java type only, not the SQL).
        var p = ACTION_PLAN;
        ItemProgress.Plan plan = dsl.select(p.ID, p.STATUS.coerce(String.class), p.DUE_ON, p.SUBMITTED_AT, p.DECIDED_AT,
                        p.DECISION_REASON)
                .from(p).where(p.REPORT_ID.eq(reportId)).and(p.ORGANISATION_ID.eq(recipientId))
                .fetchOptional(Records.mapping(ItemProgress.Plan::new))
                .orElse(null);

        var a = ACTION;
        var u = PROGRESS_UPDATE;
        List<ItemProgress.Action> actions = dsl.select(a.ID, a.TITLE, a.OWNER_NAME, a.DUE_ON, a.ORIGINAL_DUE_ON, a.PROGRESS,
                        a.STATUS.coerce(String.class), a.COMPLETED_ON, updates(u.ACTION_ID.eq(a.ID)))
                .from(a).join(ACTION_RECOMMENDATION).on(ACTION_RECOMMENDATION.ACTION_ID.eq(a.ID))
                .where(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID.eq(trackedId))
                .orderBy(a.DUE_ON, a.ID)
                .fetch(Records.mapping(ItemProgress.Action::new));

        // updates posted on the item itself rather than on one of its actions
        List<ItemProgress.Update> itemUpdates = dsl.fetchValue(updates(u.TRACKED_RECOMMENDATION_ID.eq(trackedId)
                .and(u.ACTION_ID.isNull())));
        return new ItemProgress(plan, actions, itemUpdates);
    }

    /** The progress updates matching {@code which}, oldest first, each with its evidence. */
    private static Field<List<ItemProgress.Update>> updates(Condition which) {
        var u = PROGRESS_UPDATE;
        var e = EVIDENCE;
        Field<List<ItemProgress.Evidence>> evidence = multiset(
                select(e.ID, e.FILE_NAME, e.EVIDENCE_DATE, e.SIZE_BYTES, e.EXPIRES_ON)
                        .from(e).where(e.UPDATE_ID.eq(u.ID))
                        .orderBy(e.EVIDENCE_DATE, e.ID))
                .convertFrom(r -> r.map(Records.mapping(ItemProgress.Evidence::new)));
        return multiset(
                select(u.ID, u.POSTED_AT, APP_USER.DISPLAY_NAME, u.BODY, u.PROGRESS, evidence)
                        .from(u).leftJoin(APP_USER).on(APP_USER.ID.eq(u.POSTED_BY))
                        .where(which)
                        .orderBy(u.POSTED_AT, u.ID))
                .convertFrom(r -> r.map(Records.mapping(ItemProgress.Update::new)));
    }
}
