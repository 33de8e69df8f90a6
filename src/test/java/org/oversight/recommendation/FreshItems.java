package org.oversight.recommendation;

import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.oversight.base.SubmissionKey;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportForm;
import org.oversight.report.ReportService;
import org.springframework.stereotype.Component;

/**
 * Records a new HMICFRS report with one recommendation, as the signed-in watchdog user, so that a test starts from an
 * item with a known, short history. Call inside the test's transaction (it is rolled back).
 */
@Component
public class FreshItems {

    private final ReportService reports;
    private final DSLContext dsl;
    private final Clock clock;

    FreshItems(ReportService reports, DSLContext dsl, Clock clock) {
        this.reports = reports;
        this.dsl = dsl;
        this.clock = clock;
    }

    public long orgId(String code) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(code)).fetchSingle(ORGANISATION.ID);
    }

    public long report() {
        return reports.create(new ReportForm(ReportKind.INSPECTION, "Test inspection " + UUID.randomUUID(),
                "T-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.now(clock).minusDays(10), null, null, Set.of(), Set.of()), SubmissionKey.fresh());
    }

    /** A new recommendation of a new report to one recipient; returns its tracked item's id. */
    public long itemFor(String recipientCode) {
        long recId = reports.addRecommendation(report(), new RecommendationForm("1", RecommendationKind.RECOMMENDATION,
                "Test recommendation", Priority.HIGH, Set.of(), false, Set.of(orgId(recipientCode))), SubmissionKey.fresh());
        return dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recId)).fetchSingle(TRACKED_RECOMMENDATION.ID);
    }

    /** Puts the item straight into a status, as if its history had led there. */
    public void putInStatus(long trackedId, Status status) {
        dsl.update(TRACKED_RECOMMENDATION).set(TRACKED_RECOMMENDATION.STATUS, status)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).execute();
        // written around the workflow, so the dashboard's item counts are recounted (decision 0105)
        org.oversight.recommendation.internal.JooqItemCountLedger.rebuild(dsl);
    }

    public Status statusOf(long trackedId) {
        return dsl.select(TRACKED_RECOMMENDATION.STATUS).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(TRACKED_RECOMMENDATION.STATUS);
    }

    public int versionOf(long trackedId) {
        return dsl.select(TRACKED_RECOMMENDATION.VERSION).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(TRACKED_RECOMMENDATION.VERSION);
    }
}
