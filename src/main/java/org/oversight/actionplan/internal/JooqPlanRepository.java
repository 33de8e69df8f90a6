package org.oversight.actionplan.internal;

import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_PLAN_EVENT;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.actionplan.PlanStatus;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jooq.Param;
import org.oversight.base.Prepared;
import org.oversight.base.RenderedOnce;

/** Action plans and their event history. Every update checks and bumps the version column. */
@Repository
public class JooqPlanRepository {

    private static final org.oversight.db.tables.ActionPlan P = ACTION_PLAN;

    private static final Param<Long> PLAN = Prepared.value("plan", Long.class);

    private final DSLContext dsl;
    /** Read on every opening of a plan and every post on it: rendered once, the plan bound (decision 0146). */
    private final RenderedOnce<String> byPlan = new RenderedOnce<>(2, PLAN);

    JooqPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<PlanRow> find(long planId) {
        return byPlan.fetchOptional(dsl, "find", () -> dsl.select(P.ID, P.REPORT_ID, P.ORGANISATION_ID, REPORT.WATCHDOG_ID,
                                P.STATUS, P.VERSION, P.SUBMITTED_AT)
                        .from(P).join(REPORT).on(REPORT.ID.eq(P.REPORT_ID))
                        .where(P.ID.eq(PLAN)), planId)
                .map(Records.mapping(PlanRow::new)::map);
    }

    public Optional<Long> idFor(long reportId, long organisationId) {
        return dsl.select(P.ID).from(P).where(P.REPORT_ID.eq(reportId).and(P.ORGANISATION_ID.eq(organisationId)))
                .fetchOptional(P.ID);
    }

    /** How many of the report's recommendations are addressed to the organisation. */
    public int itemCount(long reportId, long organisationId) {
        return dsl.fetchCount(TRACKED_RECOMMENDATION.join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID)),
                RECOMMENDATION.REPORT_ID.eq(reportId).and(TRACKED_RECOMMENDATION.RECIPIENT_ID.eq(organisationId)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long create(long reportId, long organisationId, long userId, OffsetDateTime now) {
        return dsl.insertInto(P)
                .set(P.REPORT_ID, reportId)
                .set(P.ORGANISATION_ID, organisationId)
                .set(P.STATUS, PlanStatus.DRAFT)
                .set(P.CREATED_AT, now)
                .set(P.UPDATED_AT, now)
                .set(P.UPDATED_BY, userId)
                .returning(P.ID).fetchOne(P.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean saveSummary(long planId, int expectedVersion, String summary, long userId, OffsetDateTime now) {
        return dsl.update(P)
                .set(P.SUMMARY, summary)
                .set(P.UPDATED_AT, now).set(P.UPDATED_BY, userId).set(P.VERSION, P.VERSION.plus(1))
                .where(P.ID.eq(planId).and(P.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean submit(long planId, int expectedVersion, long userId, OffsetDateTime now) {
        return dsl.update(P)
                .set(P.STATUS, PlanStatus.SUBMITTED)
                .set(P.SUBMITTED_AT, now).set(P.SUBMITTED_BY, userId)
                .set(P.UPDATED_AT, now).set(P.UPDATED_BY, userId).set(P.VERSION, P.VERSION.plus(1))
                .where(P.ID.eq(planId).and(P.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean decide(long planId, int expectedVersion, PlanStatus to, String reason, long userId, OffsetDateTime now) {
        return dsl.update(P)
                .set(P.STATUS, to)
                .set(P.DECIDED_AT, now).set(P.DECIDED_BY, userId).set(P.DECISION_REASON, reason)
                .set(P.UPDATED_AT, now).set(P.UPDATED_BY, userId).set(P.VERSION, P.VERSION.plus(1))
                .where(P.ID.eq(planId).and(P.VERSION.eq(expectedVersion)).and(P.STATUS.eq(PlanStatus.SUBMITTED)))
                .execute() == 1;
    }

    /**
     * Marks the plan as changed because one of its actions changed, so that a watchdog deciding on the version it
     * read learns that the plan moved on. Refused (false) when the plan is not in one of the given states.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean touch(long planId, Collection<PlanStatus> allowed, long userId, OffsetDateTime now) {
        return dsl.update(P)
                .set(P.UPDATED_AT, now).set(P.UPDATED_BY, userId).set(P.VERSION, P.VERSION.plus(1))
                .where(P.ID.eq(planId).and(P.STATUS.in(allowed)))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void event(long planId, String event, long userId, OffsetDateTime now, String reason) {
        dsl.insertInto(ACTION_PLAN_EVENT)
                .set(ACTION_PLAN_EVENT.PLAN_ID, planId)
                .set(ACTION_PLAN_EVENT.EVENT, event)
                .set(ACTION_PLAN_EVENT.OCCURRED_AT, now)
                .set(ACTION_PLAN_EVENT.USER_ID, userId)
                .set(ACTION_PLAN_EVENT.REASON, reason)
                .execute();
    }

    public LastChange lastChange(long planId) {
        return dsl.select(APP_USER.DISPLAY_NAME, P.UPDATED_AT).from(P).leftJoin(APP_USER).on(APP_USER.ID.eq(P.UPDATED_BY))
                .where(P.ID.eq(planId))
                .fetchOptional(Records.mapping(LastChange::new))
                .orElse(new LastChange(null, null));
    }
}
