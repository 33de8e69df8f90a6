package org.oversight.demo;

import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_PLAN_EVENT;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.DUE_DATE_REVISION;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.EVIDENCE_FILE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.demo.DemoDataSeeder.at;

import java.time.LocalDate;
import java.util.Map;
import org.jooq.DSLContext;
import org.oversight.actionplan.PlanStatus;
import org.oversight.actionplan.RecordedAction;
import org.oversight.actionplan.RecordedActions;
import org.oversight.actionplan.RevisionStatus;
import org.springframework.stereotype.Component;

/** Writes a recipient's demo action plan: its decisions, actions, date revisions, updates and evidence files. */
@Component
class DemoPlanSeeder {

    private final DSLContext dsl;
    private final RecordedActions actions;

    DemoPlanSeeder(DSLContext dsl, RecordedActions actions) {
        this.dsl = dsl;
        this.actions = actions;
    }

    void seed(long reportId, long orgId, Long leadUserId, Long watchdogUserId, DemoDataFile.Plan plan,
              Map<String, Map<Long, Long>> trackedByNumber, LocalDate today) {
        LocalDate created = plan.submitted() != null ? plan.submitted().minusDays(10)
                : plan.actions().stream().map(DemoDataFile.Action::originalDue).min(LocalDate::compareTo)
                        .map(d -> d.minusMonths(2)).filter(d -> d.isBefore(today)).orElse(today.minusDays(5));
        LocalDate lastTouched = plan.decided() != null ? plan.decided() : plan.submitted() != null ? plan.submitted() : created;
        long planId = dsl.insertInto(ACTION_PLAN)
                .set(ACTION_PLAN.REPORT_ID, reportId)
                .set(ACTION_PLAN.ORGANISATION_ID, orgId)
                .set(ACTION_PLAN.STATUS, PlanStatus.valueOf(plan.status()))
                .set(ACTION_PLAN.SUMMARY, plan.summary())
                .set(ACTION_PLAN.SUBMITTED_AT, plan.submitted() == null ? null : at(plan.submitted()))
                .set(ACTION_PLAN.SUBMITTED_BY, plan.submitted() == null ? null : leadUserId)
                .set(ACTION_PLAN.DECIDED_AT, plan.decided() == null ? null : at(plan.decided()))
                .set(ACTION_PLAN.DECIDED_BY, plan.decided() == null ? null : watchdogUserId)
                .set(ACTION_PLAN.DECISION_REASON, plan.decisionReason())
                .set(ACTION_PLAN.CREATED_AT, at(created))
                .set(ACTION_PLAN.UPDATED_AT, at(lastTouched))
                .set(ACTION_PLAN.UPDATED_BY, leadUserId)
                .returning(ACTION_PLAN.ID).fetchOne(ACTION_PLAN.ID);
        event(planId, "CREATED", created, leadUserId, null);
        if (plan.submitted() != null) {
            event(planId, "SUBMITTED", plan.submitted(), leadUserId, null);
        }
        if (plan.decided() != null && !"SUBMITTED".equals(plan.status())) {
            event(planId, plan.status(), plan.decided(), watchdogUserId, plan.decisionReason());
        }
        boolean accepted = "ACCEPTED".equals(plan.status());
        for (DemoDataFile.Action action : plan.actions()) {
            seedAction(planId, orgId, leadUserId, watchdogUserId, action, accepted, created, trackedByNumber);
        }
    }

    private void seedAction(long planId, long orgId, Long leadUserId, Long watchdogUserId, DemoDataFile.Action a,
                            boolean planAccepted, LocalDate created, Map<String, Map<Long, Long>> trackedByNumber) {
        long actionId = actions.insert(planId, new RecordedAction(a.title(), a.description(), a.owner(), a.due(),
                a.originalDue(), planAccepted ? a.due() : null, a.progress(), a.status(), a.completed(), at(created),
                at(a.completed() != null ? a.completed() : created), leadUserId));
        for (String number : a.answers()) {
            Long tracked = trackedByNumber.getOrDefault(number, Map.of()).get(orgId);
            if (tracked == null) {
                throw new IllegalStateException("Demo action '" + a.title() + "' answers recommendation " + number
                        + ", which is not addressed to this plan's organisation");
            }
            dsl.insertInto(ACTION_RECOMMENDATION).set(ACTION_RECOMMENDATION.ACTION_ID, actionId)
                    .set(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID, tracked).execute();
        }
        if (!a.due().equals(a.originalDue())) {
            LocalDate asked = a.originalDue().minusDays(14);
            dsl.insertInto(DUE_DATE_REVISION)
                    .set(DUE_DATE_REVISION.ACTION_ID, actionId)
                    .set(DUE_DATE_REVISION.FROM_DUE_ON, a.originalDue())
                    .set(DUE_DATE_REVISION.TO_DUE_ON, a.due())
                    .set(DUE_DATE_REVISION.REASON, a.revisionReason() != null ? a.revisionReason() : "Revised")
                    .set(DUE_DATE_REVISION.REQUESTED_AT, at(asked))
                    .set(DUE_DATE_REVISION.REQUESTED_BY, leadUserId)
                    .set(DUE_DATE_REVISION.STATUS, planAccepted ? RevisionStatus.APPROVED : RevisionStatus.APPLIED)
                    .set(DUE_DATE_REVISION.DECIDED_AT, planAccepted ? at(asked.plusDays(3)) : null)
                    .set(DUE_DATE_REVISION.DECIDED_BY, planAccepted ? watchdogUserId : null)
                    .execute();
        }
        for (DemoDataFile.Update u : a.updates()) {
            long updateId = dsl.insertInto(PROGRESS_UPDATE)
                    .set(PROGRESS_UPDATE.ACTION_ID, actionId)
                    .set(PROGRESS_UPDATE.BODY, u.body())
                    .set(PROGRESS_UPDATE.PROGRESS, u.progress())
                    .set(PROGRESS_UPDATE.POSTED_AT, at(u.posted()))
                    .set(PROGRESS_UPDATE.POSTED_BY, leadUserId)
                    .returning(PROGRESS_UPDATE.ID).fetchOne(PROGRESS_UPDATE.ID);
            if (u.evidence() != null) {
                seedEvidence(updateId, leadUserId, u);
            }
        }
    }

    private void seedEvidence(long updateId, Long leadUserId, DemoDataFile.Update u) {
        DemoEvidenceFiles.File file = DemoEvidenceFiles.make(u.evidence());
        long evidenceId = dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.UPDATE_ID, updateId)
                .set(EVIDENCE.FILE_NAME, u.evidence().file())
                .set(EVIDENCE.CONTENT_TYPE, file.contentType())
                .set(EVIDENCE.SIZE_BYTES, (long) file.bytes().length)
                .set(EVIDENCE.SHA256, file.sha256())
                .set(EVIDENCE.EVIDENCE_DATE, u.evidence().date() != null ? u.evidence().date() : u.posted())
                .set(EVIDENCE.UPLOADED_AT, at(u.posted()))
                .set(EVIDENCE.UPLOADED_BY, leadUserId)
                .returning(EVIDENCE.ID).fetchOne(EVIDENCE.ID);
        dsl.insertInto(EVIDENCE_FILE).set(EVIDENCE_FILE.EVIDENCE_ID, evidenceId).set(EVIDENCE_FILE.CONTENT, file.bytes()).execute();
    }

    private void event(long planId, String event, LocalDate on, Long userId, String reason) {
        dsl.insertInto(ACTION_PLAN_EVENT)
                .set(ACTION_PLAN_EVENT.PLAN_ID, planId)
                .set(ACTION_PLAN_EVENT.EVENT, event)
                .set(ACTION_PLAN_EVENT.OCCURRED_AT, at(on))
                .set(ACTION_PLAN_EVENT.USER_ID, userId)
                .set(ACTION_PLAN_EVENT.REASON, reason)
                .execute();
    }
}
