package org.oversight.actionplan.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.DUE_DATE_REVISION;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SortField;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.ClaimAwaiting;
import org.oversight.actionplan.PendingRevision;
import org.oversight.actionplan.PlanStatus;
import org.oversight.actionplan.PlanSummary;
import org.oversight.actionplan.RevisionStatus;
import org.oversight.actionplan.WorkItem;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Repository;

/** The read side of the worklist and the watchdog's queues; counts and next dates are computed in SQL. */
@Repository
public class JooqWorkQuery {

    private final DSLContext dsl;

    JooqWorkQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The organisation's items in the given states, nearest (or most overdue) deadline first, no deadline last. */
    public List<WorkItem> worklist(ItemScope scope, long organisationId, Collection<Status> states, LocalDate today,
                                   int dueSoonDays) {
        var tr = TRACKED_RECOMMENDATION;
        var p = ACTION_PLAN;
        return dsl.select(tr.ID, REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT,
                        tr.STATUS, tr.DUE_ON, p.ID, p.STATUS, field(DeadlineStanding.paused(today)))
                .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .leftJoin(p).on(p.REPORT_ID.eq(REPORT.ID).and(p.ORGANISATION_ID.eq(tr.RECIPIENT_ID)))
                .where(scope.items()).and(tr.RECIPIENT_ID.eq(organisationId))
                .and(tr.STATUS.in(states))
                .orderBy(tr.DUE_ON.asc().nullsLast(), REPORT.PUBLISHED_ON.desc(), RECOMMENDATION.ID)
                .fetch(Records.mapping((trackedId, reportId, reference, title, number, text, status, dueOn, planId,
                        planStatus, paused) -> new WorkItem(trackedId, reportId, reference, title, number, text, status,
                        dueOn, dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn), planId, planStatus,
                        DeadlineStanding.of(status, dueOn, Boolean.TRUE.equals(paused), today, dueSoonDays))));
    }

    public List<PlanSummary> plans(Condition condition, List<SortField<?>> order, int limit) {
        var p = ACTION_PLAN;
        var a = ACTION;
        var open = a.STATUS.notIn(ActionStatus.DONE, ActionStatus.CANCELLED);
        return dsl.select(p.ID, REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, ORGANISATION.NAME, p.STATUS,
                        count(a.ID), count(a.ID).filterWhere(a.STATUS.eq(ActionStatus.DONE)),
                        min(a.DUE_ON).filterWhere(open), p.SUBMITTED_AT, p.UPDATED_AT)
                .from(p).join(REPORT).on(REPORT.ID.eq(p.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(p.ORGANISATION_ID))
                .leftJoin(a).on(a.PLAN_ID.eq(p.ID))
                .where(condition)
                .groupBy(p.ID, REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, ORGANISATION.NAME, p.STATUS, p.SUBMITTED_AT, p.UPDATED_AT)
                .orderBy(order)
                .limit(limit)
                .fetch(Records.mapping(PlanSummary::new));
    }

    public List<PlanSummary> plansOf(long organisationId) {
        return plans(ACTION_PLAN.ORGANISATION_ID.eq(organisationId),
                List.of(ACTION_PLAN.UPDATED_AT.desc(), ACTION_PLAN.ID.desc()), 500);
    }

    private static Condition submittedTo(long watchdogId) {
        return ACTION_PLAN.STATUS.eq(PlanStatus.SUBMITTED).and(REPORT.WATCHDOG_ID.eq(watchdogId));
    }

    public List<PlanSummary> plansAwaitingDecision(long watchdogId, int limit) {
        return plans(submittedTo(watchdogId), List.of(ACTION_PLAN.SUBMITTED_AT.asc(), ACTION_PLAN.ID.asc()), limit);
    }

    public int plansAwaitingDecisionCount(long watchdogId) {
        return dsl.fetchCount(ACTION_PLAN.join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID)), submittedTo(watchdogId));
    }

    private static Condition pendingFor(long watchdogId) {
        return DUE_DATE_REVISION.STATUS.eq(RevisionStatus.PENDING).and(REPORT.WATCHDOG_ID.eq(watchdogId));
    }

    public List<PendingRevision> revisionsAwaitingApproval(long watchdogId, int limit) {
        var r = DUE_DATE_REVISION;
        return dsl.select(r.ID, ACTION.ID, ACTION.TITLE, ACTION_PLAN.ID, ORGANISATION.NAME, REPORT.REFERENCE, r.FROM_DUE_ON,
                        r.TO_DUE_ON, ACTION.AGREED_DUE_ON, r.REASON, r.REQUESTED_AT, APP_USER.DISPLAY_NAME)
                .from(r).join(ACTION).on(ACTION.ID.eq(r.ACTION_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(r.REQUESTED_BY))
                .where(pendingFor(watchdogId))
                .orderBy(r.REQUESTED_AT, r.ID)
                .limit(limit)
                .fetch(Records.mapping(PendingRevision::new));
    }

    public int revisionsAwaitingApprovalCount(long watchdogId) {
        return dsl.fetchCount(DUE_DATE_REVISION.join(ACTION).on(ACTION.ID.eq(DUE_DATE_REVISION.ACTION_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID)), pendingFor(watchdogId));
    }

    private static Condition claimedTo(long watchdogId) {
        return TRACKED_RECOMMENDATION.STATUS.eq(Status.REPORTED_COMPLETE).and(REPORT.WATCHDOG_ID.eq(watchdogId));
    }

    public List<ClaimAwaiting> claimsAwaitingVerification(long watchdogId, int limit) {
        var tr = TRACKED_RECOMMENDATION;
        return dsl.select(tr.ID, REPORT.REFERENCE, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT, ORGANISATION.NAME,
                        tr.STATUS_CHANGED_AT)
                .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(tr.RECIPIENT_ID))
                .where(claimedTo(watchdogId))
                .orderBy(tr.STATUS_CHANGED_AT, tr.ID)
                .limit(limit)
                .fetch(Records.mapping(ClaimAwaiting::new));
    }

    public int claimsAwaitingVerificationCount(long watchdogId) {
        return dsl.fetchCount(TRACKED_RECOMMENDATION.join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID)), claimedTo(watchdogId));
    }

    /**
     * Items of the watchdog's reports verified as implemented whose evidence (posted on the item itself or on an
     * action answering it) expired before {@code today}; earliest expiry first.
     */
    public List<org.oversight.actionplan.VerifiedOnExpiredEvidence> verifiedOnExpiredEvidence(long watchdogId, LocalDate today, int limit) {
        var tr = TRACKED_RECOMMENDATION;
        var e = org.oversight.db.Tables.EVIDENCE;
        var u = org.oversight.db.Tables.PROGRESS_UPDATE;
        var ar = org.oversight.db.Tables.ACTION_RECOMMENDATION;
        var expired = org.jooq.impl.DSL.select(org.jooq.impl.DSL.min(e.EXPIRES_ON)).from(e).join(u).on(u.ID.eq(e.UPDATE_ID))
                .where(e.EXPIRES_ON.lt(today))
                .and(u.TRACKED_RECOMMENDATION_ID.eq(tr.ID)
                        .or(u.ACTION_ID.in(org.jooq.impl.DSL.select(ar.ACTION_ID).from(ar).where(ar.TRACKED_RECOMMENDATION_ID.eq(tr.ID)))))
                .<LocalDate>asField();
        return dsl.select(tr.ID, REPORT.REFERENCE, RECOMMENDATION.NUMBER, ORGANISATION.NAME, expired)
                .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(tr.RECIPIENT_ID))
                .where(tr.STATUS.eq(Status.VERIFIED_IMPLEMENTED)).and(REPORT.WATCHDOG_ID.eq(watchdogId)).and(expired.isNotNull())
                .orderBy(expired, tr.ID)
                .limit(limit)
                .fetch(r -> new org.oversight.actionplan.VerifiedOnExpiredEvidence(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }
}
