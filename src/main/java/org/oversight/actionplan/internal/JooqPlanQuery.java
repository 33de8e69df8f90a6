package org.oversight.actionplan.internal;

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

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.oversight.actionplan.ActionDetails;
import org.oversight.actionplan.DateRevision;
import org.oversight.actionplan.EvidenceEntry;
import org.oversight.actionplan.PlanEventEntry;
import org.oversight.actionplan.PlanHeader;
import org.oversight.actionplan.PlanItem;
import org.oversight.actionplan.UpdateEntry;
import org.springframework.stereotype.Repository;

/**
 * Reads a plan for its page in a fixed number of queries (header, items, actions, links, revisions, updates with
 * evidence, events), grouped in Java: no query per action.
 */
@Repository
public class JooqPlanQuery {

    private final DSLContext dsl;

    JooqPlanQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<PlanHeader> header(long planId) {
        var p = ACTION_PLAN;
        var org = ORGANISATION.as("org");
        var wd = ORGANISATION.as("wd");
        var sub = APP_USER.as("sub");
        var dec = APP_USER.as("dec");
        var upd = APP_USER.as("upd");
        return dsl.select(p.ID, p.REPORT_ID, REPORT.REFERENCE, REPORT.TITLE, wd.SHORT_NAME, p.ORGANISATION_ID, org.NAME,
                        p.STATUS, p.SUMMARY, p.SUBMITTED_AT, sub.DISPLAY_NAME, p.DECIDED_AT, dec.DISPLAY_NAME,
                        p.DECISION_REASON, p.UPDATED_AT, upd.DISPLAY_NAME, p.VERSION)
                .from(p).join(REPORT).on(REPORT.ID.eq(p.REPORT_ID))
                .join(wd).on(wd.ID.eq(REPORT.WATCHDOG_ID))
                .join(org).on(org.ID.eq(p.ORGANISATION_ID))
                .leftJoin(sub).on(sub.ID.eq(p.SUBMITTED_BY))
                .leftJoin(dec).on(dec.ID.eq(p.DECIDED_BY))
                .leftJoin(upd).on(upd.ID.eq(p.UPDATED_BY))
                .where(p.ID.eq(planId))
                .fetchOptional(r -> new PlanHeader(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), r.value15(), r.value16(), r.value17()));
    }

    /** The report's recommendations as addressed to the organisation, in the report's order. */
    public List<PlanItem> items(long reportId, long organisationId) {
        var tr = TRACKED_RECOMMENDATION;
        return dsl.select(tr.ID, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT, tr.STATUS, tr.DUE_ON, tr.VERSION)
                .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .where(RECOMMENDATION.REPORT_ID.eq(reportId).and(tr.RECIPIENT_ID.eq(organisationId)))
                .orderBy(RECOMMENDATION.ID)
                .fetch(r -> new PlanItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    public List<ActionDetails> actions(long planId) {
        var a = ACTION;
        Map<Long, List<Long>> links = new LinkedHashMap<>();
        dsl.select(ACTION_RECOMMENDATION.ACTION_ID, ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID)
                .from(ACTION_RECOMMENDATION).join(a).on(a.ID.eq(ACTION_RECOMMENDATION.ACTION_ID))
                .where(a.PLAN_ID.eq(planId))
                .orderBy(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID)
                .forEach(r -> links.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<DateRevision>> revisions = revisions(a.PLAN_ID.eq(planId));
        Map<Long, List<UpdateEntry>> updates = updates(PROGRESS_UPDATE.ACTION_ID, a.PLAN_ID.eq(planId));
        return dsl.select(a.ID, a.TITLE, a.DESCRIPTION, a.OWNER_NAME, a.DUE_ON, a.ORIGINAL_DUE_ON, a.AGREED_DUE_ON,
                        a.PROGRESS, a.STATUS, a.COMPLETED_ON, a.VERSION)
                .from(a).where(a.PLAN_ID.eq(planId)).orderBy(a.ID)
                .fetch(r -> new ActionDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        List.copyOf(links.getOrDefault(r.value1(), List.of())),
                        List.copyOf(revisions.getOrDefault(r.value1(), List.of())),
                        List.copyOf(updates.getOrDefault(r.value1(), List.of()))));
    }

    private Map<Long, List<DateRevision>> revisions(Condition actionCondition) {
        var r = DUE_DATE_REVISION;
        var req = APP_USER.as("req");
        var dec = APP_USER.as("dec");
        Map<Long, List<DateRevision>> byAction = new LinkedHashMap<>();
        dsl.select(r.ACTION_ID, r.ID, r.FROM_DUE_ON, r.TO_DUE_ON, r.REASON, r.REQUESTED_AT, req.DISPLAY_NAME, r.STATUS,
                        r.DECIDED_AT, dec.DISPLAY_NAME, r.DECISION_NOTE)
                .from(r).join(ACTION).on(ACTION.ID.eq(r.ACTION_ID))
                .leftJoin(req).on(req.ID.eq(r.REQUESTED_BY))
                .leftJoin(dec).on(dec.ID.eq(r.DECIDED_BY))
                .where(actionCondition)
                .orderBy(r.REQUESTED_AT, r.ID)
                .forEach(x -> byAction.computeIfAbsent(x.value1(), k -> new ArrayList<>()).add(new DateRevision(x.value2(),
                        x.value3(), x.value4(), x.value5(), x.value6(), x.value7(), x.value8(),
                        x.value9(), x.value10(), x.value11())));
        return byAction;
    }

    /** Updates on the items themselves (not on actions), newest first, by item. */
    public Map<Long, List<UpdateEntry>> itemUpdates(Collection<Long> trackedIds) {
        if (trackedIds.isEmpty()) {
            return Map.of();
        }
        return updates(PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID, PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID.in(trackedIds));
    }

    /** Updates (newest first) with their evidence, grouped by the given subject column. */
    private Map<Long, List<UpdateEntry>> updates(org.jooq.TableField<?, Long> subject, Condition condition) {
        var u = PROGRESS_UPDATE;
        var poster = APP_USER.as("poster");
        var uploader = APP_USER.as("uploader");
        Map<Long, UpdateEntry> byId = new LinkedHashMap<>();
        Map<Long, Long> subjectOf = new LinkedHashMap<>();
        Map<Long, List<EvidenceEntry>> evidence = new LinkedHashMap<>();
        dsl.select(u.ID, subject, u.BODY, u.PROGRESS, u.POSTED_AT, poster.DISPLAY_NAME,
                        EVIDENCE.ID, EVIDENCE.FILE_NAME, EVIDENCE.CONTENT_TYPE, EVIDENCE.SIZE_BYTES, EVIDENCE.SHA256,
                        EVIDENCE.EVIDENCE_DATE, EVIDENCE.EXPIRES_ON, EVIDENCE.UPLOADED_AT, uploader.DISPLAY_NAME)
                .from(u).leftJoin(ACTION).on(ACTION.ID.eq(u.ACTION_ID))
                .leftJoin(poster).on(poster.ID.eq(u.POSTED_BY))
                .leftJoin(EVIDENCE).on(EVIDENCE.UPDATE_ID.eq(u.ID))
                .leftJoin(uploader).on(uploader.ID.eq(EVIDENCE.UPLOADED_BY))
                .where(condition)
                .orderBy(u.POSTED_AT.desc(), u.ID.desc(), EVIDENCE.ID)
                .forEach(r -> {
                    long updateId = r.value1();
                    if (!byId.containsKey(updateId)) {
                        byId.put(updateId, new UpdateEntry(updateId, r.value3(), r.value4(), r.value5(), r.value6(), List.of()));
                        subjectOf.put(updateId, r.value2());
                    }
                    if (r.value7() != null) {
                        evidence.computeIfAbsent(updateId, k -> new ArrayList<>()).add(new EvidenceEntry(r.value7(),
                                r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14(),
                                r.value15()));
                    }
                });
        Map<Long, List<UpdateEntry>> grouped = new LinkedHashMap<>();
        byId.forEach((id, entry) -> grouped.computeIfAbsent(subjectOf.get(id), k -> new ArrayList<>())
                .add(new UpdateEntry(id, entry.body(), entry.progress(), entry.postedAt(), entry.postedBy(),
                        List.copyOf(evidence.getOrDefault(id, List.of())))));
        return grouped;
    }

    public List<PlanEventEntry> events(long planId) {
        var e = ACTION_PLAN_EVENT;
        return dsl.select(e.EVENT, e.OCCURRED_AT, APP_USER.DISPLAY_NAME, e.REASON)
                .from(e).leftJoin(APP_USER).on(APP_USER.ID.eq(e.USER_ID))
                .where(e.PLAN_ID.eq(planId))
                .orderBy(e.OCCURRED_AT, e.ID)
                .fetch(r -> new PlanEventEntry(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
