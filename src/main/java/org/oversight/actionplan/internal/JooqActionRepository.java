package org.oversight.actionplan.internal;

import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.DUE_DATE_REVISION;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.REPORT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SelectField;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.RecordedAction;
import org.oversight.actionplan.RevisionStatus;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions, the items they answer, and their due-date revisions. The only writer of the action table: every write
 * goes through the slippage ledger in the same transaction, so the dashboard's slippage summary (decision 0112)
 * stays equal to a recount ({@code OnlyTheActionRepositoryWritesActionsTest}).
 */
@Repository
public class JooqActionRepository {

    private static final org.oversight.db.tables.Action A = ACTION;
    private static final org.oversight.db.tables.ActionPlan P = ACTION_PLAN;
    private static final org.oversight.db.tables.DueDateRevision R = DUE_DATE_REVISION;

    /** The plan fields an action's rules depend on; needs the plan and its report joined. */
    private static final SelectField<PlanRow> PLAN_ROW = row(P.ID, P.REPORT_ID, P.ORGANISATION_ID, REPORT.WATCHDOG_ID,
            P.STATUS, P.VERSION, P.SUBMITTED_AT).mapping(PlanRow::new);

    /** An action with its plan, as one nested record; needs the action, its plan and the plan's report joined. */
    private static final SelectField<ActionRow> ACTION_ROW = row(A.ID, PLAN_ROW, A.TITLE, A.DESCRIPTION, A.OWNER_NAME,
            A.DUE_ON, A.ORIGINAL_DUE_ON, A.AGREED_DUE_ON, A.PROGRESS, A.STATUS, A.COMPLETED_ON, A.VERSION)
            .mapping(ActionRow::new);

    private final DSLContext dsl;
    private final JooqSlippageLedger slippage;

    JooqActionRepository(DSLContext dsl, JooqSlippageLedger slippage) {
        this.dsl = dsl;
        this.slippage = slippage;
    }

    public Optional<ActionRow> find(long actionId) {
        return dsl.fetchOptionalValue(select(ACTION_ROW)
                .from(A).join(P).on(P.ID.eq(A.PLAN_ID)).join(REPORT).on(REPORT.ID.eq(P.REPORT_ID))
                .where(A.ID.eq(actionId)));
    }

    public Optional<RevisionRow> findRevision(long revisionId) {
        return dsl.select(R.ID, ACTION_ROW, R.FROM_DUE_ON, R.TO_DUE_ON, R.REASON, R.STATUS)
                .from(R).join(A).on(A.ID.eq(R.ACTION_ID))
                .join(P).on(P.ID.eq(A.PLAN_ID)).join(REPORT).on(REPORT.ID.eq(P.REPORT_ID))
                .where(R.ID.eq(revisionId))
                .fetchOptional(Records.mapping(RevisionRow::new));
    }

    /** The items the action answers. */
    public Set<Long> answers(long actionId) {
        return Set.copyOf(dsl.select(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID).from(ACTION_RECOMMENDATION)
                .where(ACTION_RECOMMENDATION.ACTION_ID.eq(actionId)).fetch(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID));
    }

    /** Every item answered by at least one action of the plan that is not cancelled. */
    public List<Long> itemsAnsweredByPlan(long planId) {
        return dsl.selectDistinct(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID)
                .from(ACTION_RECOMMENDATION).join(A).on(A.ID.eq(ACTION_RECOMMENDATION.ACTION_ID))
                .where(A.PLAN_ID.eq(planId).and(A.STATUS.ne(ActionStatus.CANCELLED)))
                .orderBy(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID)
                .fetch(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID);
    }

    public int countInPlan(long planId) {
        return dsl.fetchCount(A, A.PLAN_ID.eq(planId));
    }

    /** Title, status and progress of every action answering the item, to tell whether it can be reported complete. */
    public List<ActionRow> answering(long trackedId) {
        return dsl.fetchValues(select(ACTION_ROW)
                .from(A).join(ACTION_RECOMMENDATION).on(ACTION_RECOMMENDATION.ACTION_ID.eq(A.ID))
                .join(P).on(P.ID.eq(A.PLAN_ID)).join(REPORT).on(REPORT.ID.eq(P.REPORT_ID))
                .where(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID.eq(trackedId))
                .orderBy(A.DUE_ON, A.ID));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long planId, String title, String description, String owner, LocalDate dueOn, int progress,
                       ActionStatus status, LocalDate completedOn, long userId, OffsetDateTime now) {
        long id = dsl.insertInto(A)
                .set(A.PLAN_ID, planId)
                .set(A.TITLE, title).set(A.DESCRIPTION, description).set(A.OWNER_NAME, owner)
                .set(A.DUE_ON, dueOn).set(A.ORIGINAL_DUE_ON, dueOn)
                .set(A.PROGRESS, progress).set(A.STATUS, status).set(A.COMPLETED_ON, completedOn)
                .set(A.CREATED_AT, now).set(A.UPDATED_AT, now).set(A.UPDATED_BY, userId)
                .returning(A.ID).fetchOne(A.ID);
        slippage.added(id);
        return id;
    }

    /** An action as a loader has it recorded (the demo data), dates, status and agreement as given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertRecorded(long planId, RecordedAction a) {
        long id = dsl.insertInto(A)
                .set(A.PLAN_ID, planId)
                .set(A.TITLE, a.title()).set(A.DESCRIPTION, a.description()).set(A.OWNER_NAME, a.owner())
                .set(A.DUE_ON, a.dueOn()).set(A.ORIGINAL_DUE_ON, a.originalDueOn()).set(A.AGREED_DUE_ON, a.agreedDueOn())
                .set(A.PROGRESS, a.progress()).set(A.STATUS, a.status()).set(A.COMPLETED_ON, a.completedOn())
                .set(A.CREATED_AT, a.createdAt()).set(A.UPDATED_AT, a.updatedAt()).set(A.UPDATED_BY, a.updatedBy())
                .returning(A.ID).fetchOne(A.ID);
        slippage.added(id);
        return id;
    }

    /** Saves an edit if nobody saved the action since expectedVersion was read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(long actionId, int expectedVersion, String title, String description, String owner,
                          LocalDate dueOn, LocalDate originalDueOn, int progress, ActionStatus status, LocalDate completedOn,
                          long userId, OffsetDateTime now) {
        return slippage.change(actionId, () -> dsl.update(A)
                .set(A.TITLE, title).set(A.DESCRIPTION, description).set(A.OWNER_NAME, owner)
                .set(A.DUE_ON, dueOn).set(A.ORIGINAL_DUE_ON, originalDueOn)
                .set(A.PROGRESS, progress).set(A.STATUS, status).set(A.COMPLETED_ON, completedOn)
                .set(A.UPDATED_AT, now).set(A.UPDATED_BY, userId).set(A.VERSION, A.VERSION.plus(1))
                .where(A.ID.eq(actionId).and(A.VERSION.eq(expectedVersion)))
                .execute() == 1);
    }

    /** Progress from an update; no version check because updates are appended, not edited, but the version moves on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordProgress(long actionId, int progress, ActionStatus status, long userId, OffsetDateTime now) {
        slippage.change(actionId, () -> dsl.update(A).set(A.PROGRESS, progress).set(A.STATUS, status)
                .set(A.UPDATED_AT, now).set(A.UPDATED_BY, userId).set(A.VERSION, A.VERSION.plus(1))
                .where(A.ID.eq(actionId)).execute());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean moveDueDate(long actionId, int expectedVersion, LocalDate dueOn, LocalDate agreedDueOn, long userId,
                               OffsetDateTime now) {
        return slippage.change(actionId, () -> dsl.update(A).set(A.DUE_ON, dueOn).set(A.AGREED_DUE_ON, agreedDueOn)
                .set(A.UPDATED_AT, now).set(A.UPDATED_BY, userId).set(A.VERSION, A.VERSION.plus(1))
                .where(A.ID.eq(actionId).and(A.VERSION.eq(expectedVersion)))
                .execute() == 1);
    }

    /** On acceptance the watchdog agrees every live action's current date (which slippage does not read). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void agreeDueDates(long planId) {
        dsl.update(A).set(A.AGREED_DUE_ON, A.DUE_ON).set(A.VERSION, A.VERSION.plus(1))
                .where(A.PLAN_ID.eq(planId).and(A.STATUS.ne(ActionStatus.CANCELLED)))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void link(long actionId, Collection<Long> trackedIds) {
        dsl.deleteFrom(ACTION_RECOMMENDATION).where(ACTION_RECOMMENDATION.ACTION_ID.eq(actionId)).execute();
        for (long id : trackedIds) {
            dsl.insertInto(ACTION_RECOMMENDATION).set(ACTION_RECOMMENDATION.ACTION_ID, actionId)
                    .set(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID, id).execute();
        }
    }

    /** Whether the action has a history (updates or date revisions) that deleting it would destroy. */
    public boolean hasHistory(long actionId) {
        return dsl.fetchExists(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(actionId))
                || dsl.fetchExists(R, R.ACTION_ID.eq(actionId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(long actionId, int expectedVersion) {
        return slippage.change(actionId, () -> {
            dsl.deleteFrom(ACTION_RECOMMENDATION).where(ACTION_RECOMMENDATION.ACTION_ID.eq(actionId)).execute();
            return dsl.deleteFrom(A).where(A.ID.eq(actionId).and(A.VERSION.eq(expectedVersion))).execute() == 1;
        });
    }

    public boolean hasPendingRevision(long actionId) {
        return dsl.fetchExists(R, R.ACTION_ID.eq(actionId).and(R.STATUS.eq(RevisionStatus.PENDING)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertRevision(long actionId, LocalDate from, LocalDate to, String reason, RevisionStatus status,
                               long userId, OffsetDateTime now) {
        return dsl.insertInto(R)
                .set(R.ACTION_ID, actionId).set(R.FROM_DUE_ON, from).set(R.TO_DUE_ON, to).set(R.REASON, reason)
                .set(R.REQUESTED_AT, now).set(R.REQUESTED_BY, userId).set(R.STATUS, status)
                .returning(R.ID).fetchOne(R.ID);
    }

    /** Decides a revision that is still pending; false if someone decided it first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean decideRevision(long revisionId, RevisionStatus to, String note, long userId, OffsetDateTime now) {
        return dsl.update(R).set(R.STATUS, to).set(R.DECIDED_AT, now).set(R.DECIDED_BY, userId).set(R.DECISION_NOTE, note)
                .where(R.ID.eq(revisionId).and(R.STATUS.eq(RevisionStatus.PENDING)))
                .execute() == 1;
    }

    public LastChange lastChange(long actionId) {
        return dsl.select(APP_USER.DISPLAY_NAME, A.UPDATED_AT).from(A).leftJoin(APP_USER).on(APP_USER.ID.eq(A.UPDATED_BY))
                .where(A.ID.eq(actionId))
                .fetchOptional(Records.mapping(LastChange::new))
                .orElse(new LastChange(null, null));
    }
}
