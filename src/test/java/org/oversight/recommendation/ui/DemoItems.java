package org.oversight.recommendation.ui;

import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import org.jooq.DSLContext;
import org.oversight.db.tables.Organisation;
import org.oversight.recommendation.Status;

/** Items of the demo's story that the item-page tests open. */
final class DemoItems {

    private DemoItems() {
    }

    /** A Surrey item of an HMICFRS report in the given status (the demo has one in every status). */
    static long surreyItem(DSLContext dsl, Status status) {
        Organisation recipient = ORGANISATION.as("recipient");
        Organisation watchdog = ORGANISATION.as("watchdog");
        return dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .join(recipient).on(recipient.ID.eq(TRACKED_RECOMMENDATION.RECIPIENT_ID))
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(recipient.CODE.eq("SURREY")).and(watchdog.CODE.eq("HMICFRS"))
                .and(TRACKED_RECOMMENDATION.STATUS.eq(status))
                .orderBy(TRACKED_RECOMMENDATION.ID).limit(1).fetchSingle(TRACKED_RECOMMENDATION.ID);
    }
}
