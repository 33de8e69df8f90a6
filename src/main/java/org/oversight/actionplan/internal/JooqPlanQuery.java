package org.oversight.actionplan.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_PLAN_EVENT;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.DUE_DATE_REVISION;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record14;
import org.jooq.Records;
import org.jooq.SelectSeekStep1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.actionplan.ActionDetails;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.DateRevision;
import org.oversight.actionplan.EvidenceEntry;
import org.oversight.actionplan.PlanEventEntry;
import org.oversight.actionplan.PlanHeader;
import org.oversight.actionplan.PlanItem;
import org.oversight.actionplan.UpdateEntry;
import org.oversight.base.Prepared;
import org.oversight.base.RenderedOnce;
import org.springframework.stereotype.Repository;

/**
 * Reads a plan for its page in a fixed number of queries (header, items, actions, events, item updates): each action
 * arrives with its links, revisions and updates (with evidence) nested as MULTISETs, so there is no query per action.
 */
@Repository
public class JooqPlanQuery {

    // the plan page's reads, asked on every opening: each rendered once, the plan (or report and organisation) bound
    // at each asking (decision 0146)
    private static final Param<Long> PLAN = Prepared.value("plan", Long.class);
    private static final Param<Long> REPORT_ID = Prepared.value("report", Long.class);
    private static final Param<Long> ORGANISATION_ID = Prepared.value("organisation", Long.class);

    private final DSLContext dsl;
    private final RenderedOnce<String> byPlan = new RenderedOnce<>(8, PLAN);
    private final RenderedOnce<String> byReportAndOrganisation = new RenderedOnce<>(4, REPORT_ID, ORGANISATION_ID);

    JooqPlanQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The day the report was published: no action of a plan for it may be due before. */
    public LocalDate publishedOn(long reportId) {
        return dsl.select(org.oversight.db.Tables.REPORT.PUBLISHED_ON).from(org.oversight.db.Tables.REPORT)
                .where(org.oversight.db.Tables.REPORT.ID.eq(reportId)).fetchSingle().value1();
    }

    public Optional<PlanHeader> header(long planId) {
        var p = ACTION_PLAN;
        var org = ORGANISATION.as("org");
        var wd = ORGANISATION.as("wd");
        var sub = APP_USER.as("sub");
        var dec = APP_USER.as("dec");
        var upd = APP_USER.as("upd");
        return byPlan.fetchOptional(dsl, "header", () -> dsl.select(p.ID, p.REPORT_ID, REPORT.REFERENCE, REPORT.TITLE,
                        wd.SHORT_NAME, p.ORGANISATION_ID, org.NAME,
                        p.STATUS, p.SUMMARY, p.SUBMITTED_AT, sub.DISPLAY_NAME, p.DECIDED_AT, dec.DISPLAY_NAME,
                        p.DECISION_REASON, p.UPDATED_AT, upd.DISPLAY_NAME, p.VERSION)
                .from(p).join(REPORT).on(REPORT.ID.eq(p.REPORT_ID))
                .join(wd).on(wd.ID.eq(REPORT.WATCHDOG_ID))
                .join(org).on(org.ID.eq(p.ORGANISATION_ID))
                .leftJoin(sub).on(sub.ID.eq(p.SUBMITTED_BY))
                .leftJoin(dec).on(dec.ID.eq(p.DECIDED_BY))
                .leftJoin(upd).on(upd.ID.eq(p.UPDATED_BY))
                .where(p.ID.eq(PLAN)), planId)
                .map(Records.mapping(PlanHeader::new)::map);
    }

    /** The report's recommendations as addressed to the organisation, in the report's order. */
    public List<PlanItem> items(long reportId, long organisationId) {
        var tr = TRACKED_RECOMMENDATION;
        return byReportAndOrganisation.fetch(dsl, "items", () -> dsl.select(tr.ID, RECOMMENDATION.NUMBER,
                                RECOMMENDATION.TEXT, tr.STATUS, tr.DUE_ON, tr.VERSION)
                        .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                        .where(RECOMMENDATION.REPORT_ID.eq(REPORT_ID).and(tr.RECIPIENT_ID.eq(ORGANISATION_ID)))
                        .orderBy(RECOMMENDATION.ID), reportId, organisationId)
                .map(Records.mapping(PlanItem::new));
    }

    /**
     * The plan's actions, each with the items it answers, its date revisions and how many updates it has: the
     * updates themselves are read when the reader opens them ({@link #actionUpdates(long, long)}), so that a plan page costs the
     * same however long its history (docs/performance.md, "Capacity").
     */
    public List<ActionDetails> actions(long planId) {
        return byPlan.fetch(dsl, "actions", () -> actionsWhere(ACTION.PLAN_ID.eq(PLAN)), planId)
                .map(Records.mapping(ActionDetails::new));
    }

    /** One action as {@link #actions(long)} gives it; empty if there is none with that id. */
    public java.util.Optional<ActionDetails> action(long actionId) {
        return actionsWhere(ACTION.ID.eq(actionId)).fetch(Records.mapping(ActionDetails::new)).stream().findFirst();
    }

    private SelectSeekStep1<Record14<Long, String, String, String, LocalDate, LocalDate, LocalDate, Integer, ActionStatus,
            LocalDate, Integer, List<Long>, List<DateRevision>, Integer>, Long> actionsWhere(Condition which) {
        var a = ACTION;
        var ar = ACTION_RECOMMENDATION;
        Field<List<Long>> answers = multiset(select(ar.TRACKED_RECOMMENDATION_ID).from(ar)
                .where(ar.ACTION_ID.eq(a.ID))
                .orderBy(ar.TRACKED_RECOMMENDATION_ID))
                .as("answers").convertFrom(r -> List.copyOf(r.collect(Records.intoList())));
        return dsl.select(a.ID, a.TITLE, a.DESCRIPTION, a.OWNER_NAME, a.DUE_ON, a.ORIGINAL_DUE_ON, a.AGREED_DUE_ON,
                        a.PROGRESS, a.STATUS, a.COMPLETED_ON, a.VERSION,
                        answers, revisions(DUE_DATE_REVISION.ACTION_ID.eq(a.ID)),
                        field(selectCount().from(PROGRESS_UPDATE).where(PROGRESS_UPDATE.ACTION_ID.eq(a.ID))))
                .from(a).where(which).orderBy(a.ID);
    }

    /** The due-date revisions matching the (correlating) condition, oldest request first. */
    private static Field<List<DateRevision>> revisions(Condition condition) {
        var r = DUE_DATE_REVISION;
        var req = APP_USER.as("req");
        var dec = APP_USER.as("dec");
        return multiset(select(r.ID, r.FROM_DUE_ON, r.TO_DUE_ON, r.REASON, r.REQUESTED_AT, req.DISPLAY_NAME, r.STATUS,
                        r.DECIDED_AT, dec.DISPLAY_NAME, r.DECISION_NOTE)
                .from(r)
                .leftJoin(req).on(req.ID.eq(r.REQUESTED_BY))
                .leftJoin(dec).on(dec.ID.eq(r.DECIDED_BY))
                .where(condition)
                .orderBy(r.REQUESTED_AT, r.ID))
                .as("revisions").convertFrom(x -> List.copyOf(x.map(Records.mapping(DateRevision::new))));
    }

    /** How many updates were posted on each item itself (not on its actions), by item; items without any left out. */
    public Map<Long, Integer> itemUpdateCounts(Collection<Long> trackedIds) {
        if (trackedIds.isEmpty()) {
            return Map.of();
        }
        var u = PROGRESS_UPDATE;
        return dsl.select(u.TRACKED_RECOMMENDATION_ID, DSL.count()).from(u)
                .where(u.TRACKED_RECOMMENDATION_ID.in(trackedIds))
                .groupBy(u.TRACKED_RECOMMENDATION_ID)
                .fetchMap(u.TRACKED_RECOMMENDATION_ID, DSL.count());
    }

    /** How many updates were posted on one item of the plan itself (not on its actions); 0 when it is not the plan's. */
    public int itemUpdateCount(long planId, long trackedId) {
        boolean plansItem = dsl.fetchExists(PLAN_ITEMS, ACTION_PLAN.ID.eq(planId).and(TRACKED_RECOMMENDATION.ID.eq(trackedId)));
        // the page's own count (itemUpdateCounts), so that the row after a post and the page built afresh agree
        return plansItem ? itemUpdateCounts(List.of(trackedId)).getOrDefault(trackedId, 0) : 0;
    }

    /** The plan's items (the report's items to the plan's organisation), each row with its plan: the updates' owners. */
    private static final Table<?> PLAN_ITEMS = TRACKED_RECOMMENDATION
            .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
            .join(ACTION_PLAN).on(ACTION_PLAN.REPORT_ID.eq(RECOMMENDATION.REPORT_ID)
                    .and(ACTION_PLAN.ORGANISATION_ID.eq(TRACKED_RECOMMENDATION.RECIPIENT_ID)));

    /** Every update on the plan's items themselves, newest first, by item; items without updates left out. */
    public Map<Long, List<UpdateEntry>> itemUpdates(long planId) {
        return itemUpdates(ACTION_PLAN.ID.eq(planId));
    }

    /** The updates posted on one item of the plan, newest first, with their evidence; none when it is not the plan's. */
    public List<UpdateEntry> itemUpdates(long planId, long trackedId) {
        return itemUpdates(ACTION_PLAN.ID.eq(planId).and(TRACKED_RECOMMENDATION.ID.eq(trackedId)))
                .getOrDefault(trackedId, List.of());
    }

    /** Every update on the plan's actions, newest first, by action; actions without updates left out. */
    public Map<Long, List<UpdateEntry>> actionUpdates(long planId) {
        return actionUpdates(ACTION.PLAN_ID.eq(planId));
    }

    /** The updates posted on one action of the plan, newest first, with their evidence; none when it is not the plan's. */
    public List<UpdateEntry> actionUpdates(long planId, long actionId) {
        return actionUpdates(ACTION.PLAN_ID.eq(planId).and(ACTION.ID.eq(actionId))).getOrDefault(actionId, List.of());
    }

    private Map<Long, List<UpdateEntry>> itemUpdates(Condition which) {
        return updatesBy(PLAN_ITEMS, TRACKED_RECOMMENDATION.ID, which, PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID);
    }

    private Map<Long, List<UpdateEntry>> actionUpdates(Condition which) {
        return updatesBy(ACTION, ACTION.ID, which, PROGRESS_UPDATE.ACTION_ID);
    }

    /** The updates of each row of {@code table} that {@code which} selects and that has any, by its {@code id}. */
    private Map<Long, List<UpdateEntry>> updatesBy(Table<?> table, Field<Long> id, Condition which, Field<Long> link) {
        var posted = updates(link.eq(id));
        return dsl.select(id, posted).from(table).where(which)
                .andExists(selectOne().from(PROGRESS_UPDATE).where(link.eq(id)))
                .fetchMap(id, posted);
    }

    /** The updates matching the (correlating) condition, newest first, each with its evidence in upload order. */
    private static Field<List<UpdateEntry>> updates(Condition condition) {
        var u = PROGRESS_UPDATE;
        var poster = APP_USER.as("poster");
        var uploader = APP_USER.as("uploader");
        Field<List<EvidenceEntry>> evidence = multiset(select(EVIDENCE.ID, EVIDENCE.FILE_NAME, EVIDENCE.CONTENT_TYPE,
                        EVIDENCE.SIZE_BYTES, EVIDENCE.SHA256, EVIDENCE.EVIDENCE_DATE, EVIDENCE.EXPIRES_ON,
                        EVIDENCE.UPLOADED_AT, uploader.DISPLAY_NAME)
                .from(EVIDENCE)
                .leftJoin(uploader).on(uploader.ID.eq(EVIDENCE.UPLOADED_BY))
                .where(EVIDENCE.UPDATE_ID.eq(u.ID))
                .orderBy(EVIDENCE.ID))
                // no alias: an aliased field nested in the outer MULTISET's JSON would be rendered by its alias alone
                .convertFrom(r -> List.copyOf(r.map(Records.mapping(EvidenceEntry::new))));
        return multiset(select(u.ID, u.BODY, u.PROGRESS, u.POSTED_AT, poster.DISPLAY_NAME, evidence)
                .from(u)
                .leftJoin(poster).on(poster.ID.eq(u.POSTED_BY))
                .where(condition)
                .orderBy(u.POSTED_AT.desc(), u.ID.desc()))
                .as("updates").convertFrom(r -> List.copyOf(r.map(Records.mapping(UpdateEntry::new))));
    }

    public List<PlanEventEntry> events(long planId) {
        var e = ACTION_PLAN_EVENT;
        return byPlan.fetch(dsl, "events", () -> dsl.select(e.EVENT, e.OCCURRED_AT, APP_USER.DISPLAY_NAME, e.REASON)
                        .from(e).leftJoin(APP_USER).on(APP_USER.ID.eq(e.USER_ID))
                        .where(e.PLAN_ID.eq(PLAN))
                        .orderBy(e.OCCURRED_AT, e.ID), planId)
                .map(Records.mapping(PlanEventEntry::new));
    }
}
