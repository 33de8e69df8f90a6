package org.oversight.outcome.internal;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.LINK_SUGGESTION_DISMISSAL;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_LINK;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.oversight.outcome.LinkKind;
import org.oversight.recommendation.ItemScope;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Links between recommendations and dismissed suggestions: reads for the chain and the rules, and the writes. */
@Repository
public class JooqLinkRepository {

    /** A recommendation as the link rules see it. */
    public record RecommendationFacts(long id, long reportId, long watchdogId, LocalDate publishedOn, String text,
                                      String reportTitle, String reportSummary) {
    }

    /** A report as the suggestions for a recommendation not yet saved see it. */
    public record ReportFacts(long id, long watchdogId, String watchdogName, LocalDate publishedOn, String title,
                              String summary) {
    }

    /** One link: {@code recommendationId} repeats or builds on {@code earlierId}. */
    public record Edge(long recommendationId, long earlierId, LinkKind kind) {
    }

    /** A recommendation in a chain, with the user's own item for it if any. */
    public record StepRow(long id, String watchdog, LocalDate publishedOn, String reference, String number, String text,
                          Long trackedId) {
    }

    private final DSLContext dsl;

    JooqLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<RecommendationFacts> recommendation(long id) {
        return dsl.select(RECOMMENDATION.ID, REPORT.ID, REPORT.WATCHDOG_ID, REPORT.PUBLISHED_ON, RECOMMENDATION.TEXT,
                        REPORT.TITLE, REPORT.SUMMARY)
                .from(RECOMMENDATION).join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(RECOMMENDATION.ID.eq(id))
                .fetchOptional(Records.mapping(RecommendationFacts::new));
    }

    public Optional<ReportFacts> report(long reportId) {
        return dsl.select(REPORT.ID, REPORT.WATCHDOG_ID, ORGANISATION.SHORT_NAME, REPORT.PUBLISHED_ON, REPORT.TITLE,
                        REPORT.SUMMARY)
                .from(REPORT).join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(REPORT.ID.eq(reportId))
                .fetchOptional(Records.mapping(ReportFacts::new));
    }

    /** A recommendation by its report's reference and its number, ignoring case and spaces at either end. */
    public Optional<Long> byReference(String reference, String number) {
        return dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION).join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(DSL.upper(REPORT.REFERENCE).eq(reference.strip().toUpperCase(java.util.Locale.ROOT)))
                .and(DSL.upper(RECOMMENDATION.NUMBER).eq(number.strip().toUpperCase(java.util.Locale.ROOT)))
                .fetchOptional(RECOMMENDATION.ID);
    }

    /** Links from these recommendations to earlier ones. */
    public List<Edge> earlier(Collection<Long> ids) {
        return edges(RECOMMENDATION_LINK.RECOMMENDATION_ID.in(ids));
    }

    /** Links from later recommendations to these. */
    public List<Edge> later(Collection<Long> ids) {
        return edges(RECOMMENDATION_LINK.EARLIER_ID.in(ids));
    }

    private List<Edge> edges(org.jooq.Condition condition) {
        var l = RECOMMENDATION_LINK;
        return dsl.select(l.RECOMMENDATION_ID, l.EARLIER_ID, l.KIND.convertFrom(LinkKind::valueOf))
                .from(l).where(condition).orderBy(l.ID)
                .fetch(Records.mapping(Edge::new));
    }

    /**
     * The recommendations of a chain, oldest first, each with the user's item for it (the one addressed to
     * {@code recipientId} if the user may see it, else the first they may see), or none.
     */
    public List<StepRow> steps(Collection<Long> ids, ItemScope scope, long recipientId) {
        var t = TRACKED_RECOMMENDATION;
        Field<Long> own = select(min(t.ID)).from(t)
                .where(t.RECOMMENDATION_ID.eq(RECOMMENDATION.ID)).and(scope.items()).and(t.RECIPIENT_ID.eq(recipientId))
                .asField();
        Field<Long> any = select(min(t.ID)).from(t).where(t.RECOMMENDATION_ID.eq(RECOMMENDATION.ID)).and(scope.items())
                .asField();
        return dsl.select(RECOMMENDATION.ID, coalesce(REPORT.ISSUED_AS, ORGANISATION.SHORT_NAME), REPORT.PUBLISHED_ON,
                        REPORT.REFERENCE, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT, coalesce(own, any))
                .from(RECOMMENDATION).join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(RECOMMENDATION.ID.in(ids))
                .orderBy(REPORT.PUBLISHED_ON, RECOMMENDATION.ID)
                .fetch(Records.mapping(StepRow::new));
    }

    /** Earlier recommendations already linked to this one, or dismissed as suggestions for it. */
    public Set<Long> linkedOrDismissed(long recommendationId) {
        Set<Long> ids = new HashSet<>(dsl.select(RECOMMENDATION_LINK.EARLIER_ID).from(RECOMMENDATION_LINK)
                .where(RECOMMENDATION_LINK.RECOMMENDATION_ID.eq(recommendationId)).fetch(RECOMMENDATION_LINK.EARLIER_ID));
        ids.addAll(dsl.select(RECOMMENDATION_LINK.RECOMMENDATION_ID).from(RECOMMENDATION_LINK)
                .where(RECOMMENDATION_LINK.EARLIER_ID.eq(recommendationId)).fetch(RECOMMENDATION_LINK.RECOMMENDATION_ID));
        ids.addAll(dsl.select(LINK_SUGGESTION_DISMISSAL.EARLIER_ID).from(LINK_SUGGESTION_DISMISSAL)
                .where(LINK_SUGGESTION_DISMISSAL.RECOMMENDATION_ID.eq(recommendationId))
                .fetch(LINK_SUGGESTION_DISMISSAL.EARLIER_ID));
        return ids;
    }

    public boolean linked(long recommendationId, long earlierId) {
        return dsl.fetchExists(RECOMMENDATION_LINK, RECOMMENDATION_LINK.RECOMMENDATION_ID.eq(recommendationId)
                .and(RECOMMENDATION_LINK.EARLIER_ID.eq(earlierId)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertLink(long recommendationId, long earlierId, LinkKind kind, String note, long userId,
                           OffsetDateTime now) {
        var l = RECOMMENDATION_LINK;
        return dsl.insertInto(l)
                .set(l.RECOMMENDATION_ID, recommendationId)
                .set(l.EARLIER_ID, earlierId)
                .set(l.KIND, kind.name())
                .set(l.NOTE, note)
                .set(l.CREATED_AT, now)
                .set(l.CREATED_BY, userId)
                .returning(l.ID).fetchOne(l.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertDismissal(long recommendationId, long earlierId, long userId, OffsetDateTime now) {
        var d = LINK_SUGGESTION_DISMISSAL;
        dsl.insertInto(d)
                .set(d.RECOMMENDATION_ID, recommendationId)
                .set(d.EARLIER_ID, earlierId)
                .set(d.DISMISSED_AT, now)
                .set(d.DISMISSED_BY, userId)
                .onConflictDoNothing()
                .execute();
    }

    /** Changes whenever a recommendation is added, removed or edited: the search index is rebuilt when it does. */
    public String corpusStamp() {
        return dsl.select(count(), max(RECOMMENDATION.ID), sum(RECOMMENDATION.VERSION))
                .from(RECOMMENDATION).fetchOne(r -> r.value1() + ":" + r.value2() + ":" + r.value3());
    }

    /** Every recommendation, with what the search index holds of it. */
    public List<SimilarRecommendations.Document> corpus() {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(RECOMMENDATION.ID, REPORT.ID, REPORT.PUBLISHED_ON, RECOMMENDATION.TEXT, REPORT.TITLE,
                        REPORT.SUMMARY,
                        DSL.multiset(select(t.RECIPIENT_ID).from(t).where(t.RECOMMENDATION_ID.eq(RECOMMENDATION.ID)))
                                .convertFrom(r -> r.map(x -> x.value1())))
                .from(RECOMMENDATION).join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .fetch(Records.mapping(SimilarRecommendations.Document::new));
    }

    /** The suggestions' details, for the ids found. */
    public List<org.oversight.outcome.Suggestion> describe(Collection<Long> ids, java.util.Map<Long, Float> scores) {
        return dsl.select(RECOMMENDATION.ID, coalesce(REPORT.ISSUED_AS, ORGANISATION.SHORT_NAME), REPORT.PUBLISHED_ON,
                        REPORT.REFERENCE, REPORT.TITLE, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT)
                .from(RECOMMENDATION).join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(RECOMMENDATION.ID.in(ids))
                .fetch(Records.mapping((id, watchdog, published, reference, title, number, text) ->
                        new org.oversight.outcome.Suggestion(id, watchdog, published, reference, title, number, text,
                                scores.get(id))));
    }
}
