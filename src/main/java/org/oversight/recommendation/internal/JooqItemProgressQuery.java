package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record1;
import org.jooq.Record6;
import org.jooq.Record9;
import org.jooq.Records;
import org.oversight.base.Prepared;
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

    // asked on every opening of an item's page: each prepared once (decision 0146)
    private static final Param<Long> TRACKED = Prepared.value("tracked", Long.class);
    private static final Param<Long> REPORT = Prepared.value("report", Long.class);
    private static final Param<Long> RECIPIENT = Prepared.value("recipient", Long.class);
    private static final Prepared<Record6<Long, String, LocalDate, OffsetDateTime, OffsetDateTime, String>> PLAN =
            Prepared.select(dsl -> dsl.select(ACTION_PLAN.ID, ACTION_PLAN.STATUS.coerce(String.class), ACTION_PLAN.DUE_ON,
                            ACTION_PLAN.SUBMITTED_AT, ACTION_PLAN.DECIDED_AT, ACTION_PLAN.DECISION_REASON)
                    .from(ACTION_PLAN).where(ACTION_PLAN.REPORT_ID.eq(REPORT)).and(ACTION_PLAN.ORGANISATION_ID.eq(RECIPIENT)),
                    REPORT, RECIPIENT);
    private static final Prepared<Record9<Long, String, String, LocalDate, LocalDate, Integer, String, LocalDate,
            List<ItemProgress.Update>>> ACTIONS = Prepared.select(dsl -> {
                var a = ACTION;
                return dsl.select(a.ID, a.TITLE, a.OWNER_NAME, a.DUE_ON, a.ORIGINAL_DUE_ON, a.PROGRESS,
                                a.STATUS.coerce(String.class), a.COMPLETED_ON, updates(PROGRESS_UPDATE.ACTION_ID.eq(a.ID)))
                        .from(a).join(ACTION_RECOMMENDATION).on(ACTION_RECOMMENDATION.ACTION_ID.eq(a.ID))
                        .where(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID.eq(TRACKED))
                        .orderBy(a.DUE_ON, a.ID);
            }, TRACKED);
    /** The updates posted on the item itself rather than on one of its actions. */
    private static final Prepared<Record1<List<ItemProgress.Update>>> ITEM_UPDATES = Prepared.select(
            dsl -> dsl.select(updates(PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID.eq(TRACKED)
                    .and(PROGRESS_UPDATE.ACTION_ID.isNull()))), TRACKED);

    public JooqItemProgressQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ItemProgress progress(long trackedId, long reportId, long recipientId) {
        // The plan and action statuses are the action plan feature's enums, which the register, a layer below, does
        // not see: it reads their stored names as text (coerce changes the Java type only, not the SQL).
        ItemProgress.Plan plan = PLAN.fetchOptional(dsl, reportId, recipientId).map(Records.mapping(ItemProgress.Plan::new)::map)
                .orElse(null);
        List<ItemProgress.Action> actions = ACTIONS.fetch(dsl, trackedId).map(Records.mapping(ItemProgress.Action::new));
        List<ItemProgress.Update> itemUpdates = ITEM_UPDATES.fetchSingle(dsl, trackedId).value1();
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
