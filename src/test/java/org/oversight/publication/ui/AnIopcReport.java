package org.oversight.publication.ui;

import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.oversight.deadline.TestItems;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;

/** A fresh IOPC report with one learning recommendation to Surrey, nothing decided about its publication yet. */
record AnIopcReport(long reportId, long item) {

    static AnIopcReport make(DSLContext dsl, ClockSync sync, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        long item = new TestItems(dsl, sync).item("IOPC", ReportKind.INVESTIGATION,
                RecommendationKind.LEARNING_RECOMMENDATION, today.minusDays(10), "SURREY", today);
        long reportId = dsl.select(RECOMMENDATION.REPORT_ID).from(TRACKED_RECOMMENDATION).join(RECOMMENDATION)
                .on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(item)).fetchSingle(RECOMMENDATION.REPORT_ID);
        return new AnIopcReport(reportId, item);
    }
}
