package org.oversight.outcome.internal;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.OUTCOME_ASSESSMENT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.oversight.deadline.ResponseClocks;
import org.oversight.outcome.NationalRecommendation.Recipient;
import org.oversight.outcome.OutcomeRating;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.ItemScope;
import org.springframework.stereotype.Repository;

/** A recommendation and each of its recipients' items, for following a fanned-out recommendation as a whole. */
@Repository
public class JooqNationalQuery {

    /** The recommendation itself: which report and watchdog it comes from, and what it says. */
    public record Header(long recommendationId, long reportId, String reportReference, String reportTitle,
                         long watchdogId, String watchdogName, String number, String text) {
    }

    private final DSLContext dsl;

    JooqNationalQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Header> header(long recommendationId) {
        var watchdog = ORGANISATION.as("watchdog");
        return dsl.select(RECOMMENDATION.ID, REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, watchdog.ID, watchdog.SHORT_NAME,
                        RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT)
                .from(RECOMMENDATION).join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(RECOMMENDATION.ID.eq(recommendationId))
                .fetchOptional(r -> new Header(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    /** The recommendation of an item. */
    public Optional<Long> recommendationOf(long trackedId) {
        return dsl.select(TRACKED_RECOMMENDATION.RECOMMENDATION_ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchOptional(TRACKED_RECOMMENDATION.RECOMMENDATION_ID);
    }

    /** How many recipients the recommendation has, whoever may see them. */
    public int recipientCount(long recommendationId) {
        return dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recommendationId));
    }

    /** The recipients in the scope, by name, each standing where decision 0010 says. */
    /** Whether {@link #recipients} has a row: a recipient of the recommendation within the scope. */
    public boolean anyRecipientWithin(long recommendationId, ItemScope scope) {
        return dsl.fetchExists(TRACKED_RECOMMENDATION,
                TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recommendationId).and(scope.items()));
    }

    public List<Recipient> recipients(long recommendationId, ItemScope scope, LocalDate today, int dueSoonDays) {
        var t = TRACKED_RECOMMENDATION;
        var o = OUTCOME_ASSESSMENT.as("latest_outcome");
        Field<String> outcome = select(o.RATING).from(o).where(o.TRACKED_RECOMMENDATION_ID.eq(t.ID))
                .orderBy(o.ASSESSED_ON.desc(), o.ID.desc()).limit(inline(1)).asField("outcome");
        Field<Boolean> paused = when(DeadlineStanding.paused(today), inline(true)).otherwise(inline(false));
        Field<Boolean> responded = when(ResponseClocks.responded(t.ID), inline(true)).otherwise(inline(false));
        Field<Boolean> onTime = when(ResponseClocks.onTime(t.ID), inline(true)).otherwise(inline(false));
        return dsl.select(t.ID, ORGANISATION.NAME, t.STATUS, t.VERSION, t.DUE_ON, paused, responded, onTime, outcome)
                .from(t).join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .where(t.RECOMMENDATION_ID.eq(recommendationId)).and(scope.items())
                .orderBy(ORGANISATION.NAME, t.ID)
                .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        DeadlineStanding.of(r.value3(), r.value5(), Boolean.TRUE.equals(r.value6()), today, dueSoonDays),
                        Boolean.TRUE.equals(r.value7()), Boolean.TRUE.equals(r.value8()),
                        r.value9() == null ? null : OutcomeRating.valueOf(r.value9())));
    }
}
