package org.oversight.demo;

import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.PUBLICATION_DECISION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.oversight.base.SubmissionKey;
import org.oversight.actionplan.PlanStatus;
import org.oversight.base.DemoMode;
import org.oversight.publication.Ground;
import org.oversight.publication.Publishing;
import org.oversight.publication.SubjectKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's public register: HMICFRS and the IOPC publish their reports (IICSA has no staff in the demo, so its
 * reports stay unpublished), with the HMICFRS responses and updates. One IOPC report is withheld until a day three
 * weeks ahead, one IOPC item is withheld to protect proceedings, and a passage of the Breck Bednar recommendation
 * and of Surrey's response are withheld, so that "[withheld: …]" shows. The IOPC's responses stay unpublished, so
 * that its 21-day publication clocks still run in the demo. Done once, as each watchdog's demo account.
 */
@Component
@Order(40)
class DemoPublication implements ApplicationRunner {

    private final DemoMode demoMode;
    private final DSLContext dsl;
    private final Publishing publishing;
    private final DemoActor actor;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoPublication(DemoMode demoMode, DSLContext dsl, Publishing publishing, DemoActor actor,
                    TransactionTemplate tx, Clock clock) {
        this.demoMode = demoMode;
        this.dsl = dsl;
        this.publishing = publishing;
        this.actor = actor;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            tx.executeWithoutResult(status -> publishOnce(LocalDate.now(clock)));
        }
    }

    private void publishOnce(LocalDate today) {
        if (dsl.fetchExists(PUBLICATION_DECISION) || !dsl.fetchExists(REPORT)) {
            return;
        }
        for (String watchdog : List.of("HMICFRS", "IOPC")) {
            actor.asStaffOf(watchdog, () -> publish(watchdog, today));
        }
    }

    private void publish(String watchdog, LocalDate today) {
        List<Long> reports = dsl.select(REPORT.ID).from(REPORT).join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(ORGANISATION.CODE.eq(watchdog)).orderBy(REPORT.PUBLISHED_ON, REPORT.ID).fetch(REPORT.ID);
        for (int n = 0; n < reports.size(); n++) {
            long reportId = reports.get(n);
            if (watchdog.equals("IOPC") && n == reports.size() - 1) {
                publishing.withholdReport(SubmissionKey.fresh(), reportId, today.plusWeeks(3)); // the newest: held back for three weeks
                continue;
            }
            publishing.publishReport(SubmissionKey.fresh(), reportId);
            if (watchdog.equals("HMICFRS")) {
                publishResponsesAndUpdates(reportId);
            }
        }
        if (watchdog.equals("IOPC")) {
            withholdBreckPassages();
            // an item of the second IOPC report is withheld while proceedings run
            if (reports.size() > 2) {
                dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                        .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                        .where(RECOMMENDATION.REPORT_ID.eq(reports.get(1))).orderBy(TRACKED_RECOMMENDATION.ID).limit(1)
                        .fetchOptional(TRACKED_RECOMMENDATION.ID)
                        .ifPresent(id -> publishing.withholdItem(SubmissionKey.fresh(), id, Ground.PREJUDICE_TO_PROCEEDINGS, null));
            }
        }
    }

    private void publishResponsesAndUpdates(long reportId) {
        dsl.select(ACTION_PLAN.ID).from(ACTION_PLAN).where(ACTION_PLAN.REPORT_ID.eq(reportId))
                .and(ACTION_PLAN.STATUS.ne(PlanStatus.DRAFT)).and(ACTION_PLAN.SUMMARY.isNotNull())
                .fetch(ACTION_PLAN.ID).forEach(id -> publishing.publishResponse(SubmissionKey.fresh(), id));
        dsl.select(PROGRESS_UPDATE.ID).from(PROGRESS_UPDATE).join(ACTION).on(ACTION.ID.eq(PROGRESS_UPDATE.ACTION_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID)).where(ACTION_PLAN.REPORT_ID.eq(reportId))
                .fetch(PROGRESS_UPDATE.ID).forEach(id -> publishing.publishUpdate(SubmissionKey.fresh(), id));
    }

    /** The Breck Bednar case: the person named, and the force's internal investigation while proceedings ran. */
    private void withholdBreckPassages() {
        String named = "on a person named in a report of grooming";
        dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION).where(RECOMMENDATION.TEXT.contains(named))
                .fetch(RECOMMENDATION.ID)
                .forEach(id -> publishing.withholdPassage(SubmissionKey.fresh(), SubjectKind.RECOMMENDATION, id, named, Ground.PERSONAL_DATA));
        String internal = "after the force's own internal investigation";
        dsl.select(ACTION_PLAN.ID).from(ACTION_PLAN).where(ACTION_PLAN.SUMMARY.contains(internal))
                .fetch(ACTION_PLAN.ID).forEach(id -> {
                    publishing.publishResponse(SubmissionKey.fresh(), id);
                    publishing.withholdPassage(SubmissionKey.fresh(), SubjectKind.RESPONSE, id, internal, Ground.PREJUDICE_TO_PROCEEDINGS);
                });
    }
}
