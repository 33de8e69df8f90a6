package org.oversight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** HMICFRS sends the report form and the recommendation form twice: one report, one recommendation, one item. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogSendsTheSameFormTwiceTest {

    @Autowired ReportService reports;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    ReportForm report() {
        return new ReportForm(ReportKind.INSPECTION, "Stalking: a thematic", "HMICFRS-TEST-TWICE",
                LocalDate.now(clock).minusDays(5), null, null, Set.of(), Set.of());
    }

    @Test
    void aReportSentTwiceIsRecordedOnce() {
        SubmissionKey key = SubmissionKey.fresh();

        long first = reports.create(report(), key);
        long second = reports.create(report(), key);

        assertThat(second).isEqualTo(first);
        assertThat(dsl.fetchCount(REPORT, REPORT.REFERENCE.eq("HMICFRS-TEST-TWICE"))).isEqualTo(1);
    }

    @Test
    void aRecommendationSentTwiceIsAddedOnceWithOneItem() {
        long reportId = reports.create(report(), SubmissionKey.fresh());
        long surrey = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq("SURREY")).fetchSingle(ORGANISATION.ID);
        RecommendationForm form = new RecommendationForm("1", RecommendationKind.RECOMMENDATION, "Train every call handler.",
                Priority.HIGH, Set.of(), false, Set.of(surrey));
        SubmissionKey key = SubmissionKey.fresh();

        long first = reports.addRecommendation(reportId, form, key);
        long second = reports.addRecommendation(reportId, form, key);

        assertThat(second).isEqualTo(first);
        assertThat(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(reportId))).isEqualTo(1);
        assertThat(dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(first))).isEqualTo(1);
    }
}
