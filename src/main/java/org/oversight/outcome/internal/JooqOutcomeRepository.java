package org.oversight.outcome.internal;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.OUTCOME_ASSESSMENT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.REPORT_FORCE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.outcome.OutcomeEntry;
import org.oversight.outcome.OutcomeInput;
import org.oversight.outcome.OutcomeRating;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jooq.Param;
import org.oversight.base.Prepared;
import org.oversight.base.RenderedOnce;

/** Outcome assessments: the facts the rules need, the item's assessments, and the one write. */
@Repository
public class JooqOutcomeRepository {

    /** What the outcome rules need to know about an item. */
    public record ItemFacts(long trackedId, long recommendationId, long reportId, long watchdogId, long recipientId,
                            Status status, LocalDate closedOn, String watchdogName) {
    }

    /** What the outcome rules need to know about the report an outcome rests on. */
    public record SourceReport(long id, long watchdogId, String reference, LocalDate publishedOn, boolean concernsRecipient) {
    }

    private static final Param<Long> TRACKED = Prepared.value("tracked", Long.class);

    private final DSLContext dsl;
    /** The item page's reads, asked on every opening: rendered once, the item bound (decision 0146). */
    private final RenderedOnce<String> byItem = new RenderedOnce<>(4, TRACKED);

    JooqOutcomeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ItemFacts> item(long trackedId) {
        var t = TRACKED_RECOMMENDATION;
        var watchdog = org.oversight.db.Tables.ORGANISATION.as("w");
        return byItem.fetchOptional(dsl, "item", () -> dsl.select(t.ID, t.RECOMMENDATION_ID, REPORT.ID,
                        REPORT.WATCHDOG_ID, t.RECIPIENT_ID, t.STATUS, t.CLOSED_ON, watchdog.SHORT_NAME)
                .from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(t.ID.eq(TRACKED)), trackedId)
                .map(Records.mapping(ItemFacts::new)::map);
    }

    public Optional<SourceReport> sourceReport(long reportId, long recipientId) {
        return dsl.select(REPORT.ID, REPORT.WATCHDOG_ID, REPORT.REFERENCE, REPORT.PUBLISHED_ON,
                        org.jooq.impl.DSL.field(org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne().from(REPORT_FORCE)
                                .where(REPORT_FORCE.REPORT_ID.eq(REPORT.ID)).and(REPORT_FORCE.ORGANISATION_ID.eq(recipientId)))))
                .from(REPORT).where(REPORT.ID.eq(reportId))
                .fetchOptional(Records.mapping(SourceReport::new));
    }

    /** Reports of the watchdog, or about the recipient, published from {@code from} on, newest first. */
    public List<org.oversight.outcome.SourceChoice> sourceChoices(long watchdogId, long recipientId, LocalDate from) {
        return dsl.select(REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, REPORT.PUBLISHED_ON)
                .from(REPORT)
                .where(REPORT.PUBLISHED_ON.ge(from))
                .and(REPORT.WATCHDOG_ID.eq(watchdogId).or(org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne()
                        .from(REPORT_FORCE).where(REPORT_FORCE.REPORT_ID.eq(REPORT.ID))
                        .and(REPORT_FORCE.ORGANISATION_ID.eq(recipientId)))))
                .orderBy(REPORT.PUBLISHED_ON.desc(), REPORT.ID.desc())
                .limit(200)
                .fetch(Records.mapping(org.oversight.outcome.SourceChoice::new));
    }

    public List<OutcomeEntry> assessments(long trackedId) {
        var o = OUTCOME_ASSESSMENT;
        return byItem.fetch(dsl, "assessments", () -> dsl.select(o.ID, o.RATING.convertFrom(OutcomeRating::valueOf),
                        o.ASSESSED_ON, o.SOURCE_REPORT_ID,
                        REPORT.REFERENCE, REPORT.TITLE, o.SOURCE_LINK, o.EVIDENCE, o.REASON, APP_USER.DISPLAY_NAME,
                        o.RECORDED_AT)
                .from(o).leftJoin(REPORT).on(REPORT.ID.eq(o.SOURCE_REPORT_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(o.RECORDED_BY))
                .where(o.TRACKED_RECOMMENDATION_ID.eq(TRACKED))
                .orderBy(o.ASSESSED_ON.desc(), o.ID.desc()), trackedId)
                .map(Records.mapping(OutcomeEntry::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long trackedId, OutcomeInput input, long userId, OffsetDateTime now) {
        var o = OUTCOME_ASSESSMENT;
        return dsl.insertInto(o)
                .set(o.TRACKED_RECOMMENDATION_ID, trackedId)
                .set(o.RATING, input.rating().name())
                .set(o.ASSESSED_ON, input.assessedOn())
                .set(o.SOURCE_REPORT_ID, input.sourceReportId())
                .set(o.SOURCE_LINK, input.sourceLink())
                .set(o.EVIDENCE, input.evidence())
                .set(o.REASON, input.reason())
                .set(o.RECORDED_AT, now)
                .set(o.RECORDED_BY, userId)
                .returning(o.ID).fetchOne(o.ID);
    }
}
