package org.oversight.bench;

import static org.jooq.impl.DSL.lower;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.oversight.recommendation.Status;

/**
 * What a register grid asks for one screen, as plain jOOQ: 50 rows of tracked_recommendation ⋈ recommendation ⋈
 * report ⋈ organisation (recipient and watchdog) with the filters applied, ordered by the deadline that matters,
 * and the count of the whole selection. The floor for the register service once it merges.
 */
final class RegisterPageQuery {

    /** Filters as the register's URL carries them; null means "any". */
    record Filter(Long recipientId, List<Status> statuses, boolean overdue, String text) {
    }

    record Row(long id, String reference, String number, String text, String recipient, String watchdog, Status status,
               LocalDate dueOn) {
    }

    private static final org.oversight.db.tables.Organisation RECIPIENT = ORGANISATION.as("recipient");
    private static final org.oversight.db.tables.Organisation WATCHDOG = ORGANISATION.as("watchdog");

    private final DSLContext dsl;

    RegisterPageQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Row> page(Filter filter, LocalDate today, int offset, int limit) {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(t.ID, REPORT.REFERENCE, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT, RECIPIENT.SHORT_NAME,
                        WATCHDOG.SHORT_NAME, t.STATUS, t.DUE_ON)
                .from(t)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(RECIPIENT).on(RECIPIENT.ID.eq(t.RECIPIENT_ID))
                .join(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID))
                .where(where(filter, today))
                .orderBy(t.DUE_ON.asc().nullsLast(), t.ID)
                .limit(limit).offset(offset)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8()));
    }

    int count(Filter filter, LocalDate today) {
        var t = TRACKED_RECOMMENDATION;
        // every filter is on the tracked item (the text search in sub-queries), so the count needs no join
        return dsl.selectCount().from(t).where(where(filter, today)).fetchSingle().value1();
    }

    private static Condition where(Filter f, LocalDate today) {
        var t = TRACKED_RECOMMENDATION;
        Condition c = DSL.noCondition();
        if (f.recipientId() != null) {
            c = c.and(t.RECIPIENT_ID.eq(f.recipientId()));
        }
        if (f.statuses() != null) {
            c = c.and(t.STATUS.in(f.statuses()));
        }
        if (f.overdue()) {
            c = c.and(t.STATUS.notIn(Status.CLOSED)).and(t.DUE_ON.lt(today));
        }
        if (f.text() != null) {
            // matched once per recommendation and per report, not once per tracked copy of a fanned-out text
            String like = "%" + f.text().toLowerCase(Locale.ROOT) + "%";
            c = c.and(t.RECOMMENDATION_ID.in(DSL.select(RECOMMENDATION.ID).from(RECOMMENDATION)
                            .where(lower(RECOMMENDATION.TEXT).like(like)))
                    .or(t.RECOMMENDATION_ID.in(DSL.select(RECOMMENDATION.ID).from(RECOMMENDATION).join(REPORT)
                            .on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                            .where(lower(REPORT.TITLE).like(like).or(lower(REPORT.REFERENCE).like(like))))));
        }
        return c;
    }
}
