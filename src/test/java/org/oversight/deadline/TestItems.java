package org.oversight.deadline;

import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.REPORT_FORCE;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jooq.DSLContext;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.Status;

/**
 * Builds a report with one recommendation to one recipient, for tests that need dates of their own rather than the
 * demo's (which move with the day the demo was loaded). Use inside a rolled-back test transaction.
 */
public final class TestItems {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DSLContext dsl;
    private final ClockSync sync;

    public TestItems(DSLContext dsl, ClockSync sync) {
        this.dsl = dsl;
        this.sync = sync;
    }

    /** A tracked recommendation with its clocks started as the scheduled sync would on {@code today}. */
    public long item(String watchdog, ReportKind reportKind, RecommendationKind recommendationKind, LocalDate published,
                     String recipient, LocalDate today) {
        long reportId = dsl.insertInto(REPORT)
                .set(REPORT.WATCHDOG_ID, orgId(watchdog))
                .set(REPORT.KIND, reportKind)
                .set(REPORT.TITLE, "Test report " + published)
                .set(REPORT.REFERENCE, "TEST-" + UUID.randomUUID().toString().substring(0, 8))
                .set(REPORT.PUBLISHED_ON, published)
                .set(REPORT.CREATED_AT, at(published))
                .returning(REPORT.ID).fetchOne(REPORT.ID);
        if (dsl.select(ORGANISATION.KIND).from(ORGANISATION).where(ORGANISATION.CODE.eq(recipient)).fetchOne(ORGANISATION.KIND)
                == OrganisationRef.Kind.FORCE) {
            dsl.insertInto(REPORT_FORCE).set(REPORT_FORCE.REPORT_ID, reportId).set(REPORT_FORCE.ORGANISATION_ID, orgId(recipient)).execute();
        }
        long recId = dsl.insertInto(RECOMMENDATION)
                .set(RECOMMENDATION.REPORT_ID, reportId)
                .set(RECOMMENDATION.NUMBER, "1")
                .set(RECOMMENDATION.KIND, recommendationKind)
                .set(RECOMMENDATION.TEXT, "The force should test its deadlines.")
                .set(RECOMMENDATION.PRIORITY, Priority.HIGH)
                .set(RECOMMENDATION.CREATED_AT, at(published))
                .returning(RECOMMENDATION.ID).fetchOne(RECOMMENDATION.ID);
        long trackedId = dsl.insertInto(TRACKED_RECOMMENDATION)
                .set(TRACKED_RECOMMENDATION.RECOMMENDATION_ID, recId)
                .set(TRACKED_RECOMMENDATION.RECIPIENT_ID, orgId(recipient))
                .set(TRACKED_RECOMMENDATION.STATUS, Status.PLAN_AWAITED)
                .set(TRACKED_RECOMMENDATION.STATUS_CHANGED_AT, at(published))
                .returning(TRACKED_RECOMMENDATION.ID).fetchOne(TRACKED_RECOMMENDATION.ID);
        sync.sync(REPORT.ID.eq(reportId), at(today));
        // written around the workflow, so the dashboard's item counts are recounted (decision 0105)
        org.oversight.recommendation.internal.JooqItemCountLedger.rebuild(dsl);
        return trackedId;
    }

    /** The register records the plan (or response) submitted on {@code on}, as the workflow would. */
    public void submitted(long trackedId, LocalDate on) {
        dsl.update(TRACKED_RECOMMENDATION).set(TRACKED_RECOMMENDATION.STATUS, Status.PLAN_SUBMITTED)
                .set(TRACKED_RECOMMENDATION.DUE_ON, (LocalDate) null)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).execute();
        dsl.insertInto(STATUS_CHANGE)
                .set(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID, trackedId)
                .set(STATUS_CHANGE.FROM_STATUS, Status.PLAN_AWAITED)
                .set(STATUS_CHANGE.TO_STATUS, Status.PLAN_SUBMITTED)
                .set(STATUS_CHANGE.CHANGED_AT, at(on))
                .execute();
        org.oversight.recommendation.internal.JooqItemCountLedger.rebuild(dsl);
    }

    /** Closes every other item, so that a test sees only its own deadlines. */
    public void closeEverythingElse() {
        dsl.update(TRACKED_RECOMMENDATION).set(TRACKED_RECOMMENDATION.STATUS, Status.SUPERSEDED)
                .set(TRACKED_RECOMMENDATION.DUE_ON, (LocalDate) null).execute();
        org.oversight.recommendation.internal.JooqItemCountLedger.rebuild(dsl);
    }

    public long orgId(String code) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(code)).fetchSingle(ORGANISATION.ID);
    }

    public LocalDate responseDueOn(long trackedId) {
        return dsl.select(TRACKED_RECOMMENDATION.RESPONSE_DUE_ON).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(TRACKED_RECOMMENDATION.RESPONSE_DUE_ON);
    }

    public LocalDate dueOn(long trackedId) {
        return dsl.select(TRACKED_RECOMMENDATION.DUE_ON).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(TRACKED_RECOMMENDATION.DUE_ON);
    }

    public static OffsetDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(UK).toOffsetDateTime();
    }
}
