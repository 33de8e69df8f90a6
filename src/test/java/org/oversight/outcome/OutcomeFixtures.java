package org.oversight.outcome;

import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Component;

/** Test-side look-ups and shortcuts for the outcome tests: demo items by reference, number and recipient. */
@Component
public class OutcomeFixtures {

    private final DSLContext dsl;
    private final FreshItems fresh;
    private final OutcomeService outcomes;
    private final Clock clock;

    OutcomeFixtures(DSLContext dsl, FreshItems fresh, OutcomeService outcomes, Clock clock) {
        this.dsl = dsl;
        this.fresh = fresh;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /**
     * A fresh item of Surrey's, verified fourteen months ago, with its outcome re-assessment scheduled: a deadline
     * HMICFRS itself owes, overdue. Scheduling is the watchdog's to do, so the caller signs in as HMICFRS's staff.
     */
    public long overdueReassessment() {
        long item = fresh.itemFor("SURREY");
        verifiedOn(item, LocalDate.now(clock).minusMonths(14));
        outcomes.scheduleReassessment(item);
        return item;
    }

    public long item(String reference, String number, String recipientCode) {
        return dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(TRACKED_RECOMMENDATION.RECIPIENT_ID))
                .where(REPORT.REFERENCE.eq(reference)).and(RECOMMENDATION.NUMBER.eq(number))
                .and(ORGANISATION.CODE.eq(recipientCode))
                .fetchSingle(TRACKED_RECOMMENDATION.ID);
    }

    public long recommendation(String reference, String number) {
        return dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION).join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(REPORT.REFERENCE.eq(reference)).and(RECOMMENDATION.NUMBER.eq(number))
                .fetchSingle(RECOMMENDATION.ID);
    }

    public long recommendationOf(long trackedId) {
        return dsl.select(TRACKED_RECOMMENDATION.RECOMMENDATION_ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(TRACKED_RECOMMENDATION.RECOMMENDATION_ID);
    }

    public long reportId(String reference) {
        return dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq(reference)).fetchSingle(REPORT.ID);
    }

    /** Marks an item verified on a day, as if the watchdog had verified it then. */
    public void verifiedOn(long trackedId, LocalDate day) {
        dsl.update(TRACKED_RECOMMENDATION).set(TRACKED_RECOMMENDATION.STATUS, Status.VERIFIED_IMPLEMENTED)
                .set(TRACKED_RECOMMENDATION.CLOSED_ON, day).set(TRACKED_RECOMMENDATION.DUE_ON, (LocalDate) null)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).execute();
        // written around the workflow, so the dashboard's item counts are recounted (decision 0105)
        org.oversight.recommendation.internal.JooqItemCountLedger.rebuild(dsl);
    }
}
