package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.count;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record1;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.oversight.base.Prepared;
import org.oversight.base.RenderedOnce;
import org.oversight.db.tables.Organisation;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.RecipientSummary;
import org.oversight.recommendation.RecommendationDetail;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.StatusHistoryEntry;
import org.springframework.stereotype.Repository;

/** Reads one tracked item: its facts, its themes, how its sibling recipients stand, and its status history. */
@Repository
public class JooqItemQuery {

    private static final Organisation RECIPIENT = ORGANISATION.as("recipient");
    private static final Organisation WATCHDOG = ORGANISATION.as("watchdog");

    private static final Param<Long> TRACKED = Prepared.value("tracked", Long.class);
    private static final Param<Long> RECOMMENDATION_ID = Prepared.value("recommendation", Long.class);
    private static final Prepared<Record1<String>> THEMES = Prepared.select(dsl -> dsl.select(THEME.NAME)
            .from(RECOMMENDATION_THEME).join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
            .where(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(RECOMMENDATION_ID))
            .orderBy(THEME.NAME), RECOMMENDATION_ID);
    private static final Prepared<Record6<OffsetDateTime, Status, Status, String, String, String>> HISTORY =
            Prepared.select(dsl -> {
                var sc = STATUS_CHANGE;
                Organisation byOrg = ORGANISATION.as("by_org");
                return dsl.select(sc.CHANGED_AT, sc.FROM_STATUS, sc.TO_STATUS, APP_USER.DISPLAY_NAME, byOrg.NAME, sc.REASON)
                        .from(sc)
                        .leftJoin(APP_USER).on(APP_USER.ID.eq(sc.CHANGED_BY))
                        .leftJoin(byOrg).on(byOrg.ID.eq(APP_USER.ORGANISATION_ID))
                        .where(sc.TRACKED_RECOMMENDATION_ID.eq(TRACKED))
                        .orderBy(sc.CHANGED_AT, sc.ID);
            }, TRACKED);

    private final DSLContext dsl;
    /** The item page's reads, asked on every opening: rendered once a scope (and day), the item bound (decision 0146). */
    private final RenderedOnce<List<Object>> rendered = new RenderedOnce<>(500, TRACKED);

    public JooqItemQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the item exists within the scope: the condition {@link #detail} applies, on the primary key. */
    public boolean exists(long trackedId, ItemScope scope) {
        return rendered.fetchSingle(dsl, List.of("exists", scope), () -> dsl.select(DSL.field(DSL.exists(DSL.selectOne()
                .from(TRACKED_RECOMMENDATION).where(TRACKED_RECOMMENDATION.ID.eq(TRACKED)).and(scope.items())))), trackedId)
                .value1();
    }

    /** Where an item within the scope belongs, its report and its recipient: what reading its progress needs. */
    public record Placement(long reportId, long recipientId) {
    }

    /** The item's report and recipient, if it exists within the scope: the condition {@link #detail} applies. */
    public Optional<Placement> placement(long trackedId, ItemScope scope) {
        return rendered.fetchOptional(dsl, List.of("placement", scope), () -> dsl.select(RECOMMENDATION.REPORT_ID,
                        TRACKED_RECOMMENDATION.RECIPIENT_ID).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(TRACKED)).and(scope.items()), trackedId)
                .map(Records.mapping(Placement::new)::map);
    }

    public Optional<RecommendationDetail> detail(long trackedId, ItemScope scope, LocalDate today) {
        var tr = TRACKED_RECOMMENDATION;
        var rec = RECOMMENDATION;
        return rendered.fetchOptional(dsl, List.of("detail", scope, today), () -> dsl.select(tr.ID, tr.VERSION, rec.ID,
                        REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, WATCHDOG.NAME, REPORT.PUBLISHED_ON,
                        rec.NUMBER, rec.KIND, rec.PRIORITY, rec.TEXT, tr.RECIPIENT_ID, RECIPIENT.NAME, tr.STATUS,
                        tr.STATUS_CHANGED_AT, tr.RESPONSE_DUE_ON, tr.TARGET_ON)
                .select(tr.DUE_ON, tr.CLOSED_ON, tr.COMPLETION_SUMMARY, tr.REOPEN_COUNT,
                        org.jooq.impl.DSL.field(DeadlineStanding.paused(today)).as("paused"))
                .from(tr)
                .join(rec).on(rec.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(rec.REPORT_ID))
                .join(RECIPIENT).on(RECIPIENT.ID.eq(tr.RECIPIENT_ID))
                .join(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID))
                .where(tr.ID.eq(TRACKED)).and(scope.items()), trackedId)
                .map(r -> {
                    long recommendationId = r.get(rec.ID);
                    RecipientSummary siblings = recipientSummaries(List.of(recommendationId)).get(recommendationId);
                    LocalDate dueOn = r.get(tr.DUE_ON);
                    return new RecommendationDetail(r.get(tr.ID), r.get(tr.VERSION), recommendationId, r.get(REPORT.ID),
                            r.get(REPORT.REFERENCE), r.get(REPORT.TITLE), r.get(WATCHDOG.NAME), r.get(REPORT.PUBLISHED_ON),
                            r.get(rec.NUMBER), r.get(rec.KIND), r.get(rec.PRIORITY),
                            r.get(rec.TEXT), themes(recommendationId), r.get(tr.RECIPIENT_ID), r.get(RECIPIENT.NAME),
                            r.get(tr.STATUS), r.get(tr.STATUS_CHANGED_AT), r.get(tr.RESPONSE_DUE_ON),
                            r.get(tr.TARGET_ON), dueOn, dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn),
                            r.get(tr.CLOSED_ON), r.get(tr.COMPLETION_SUMMARY), r.get(tr.REOPEN_COUNT),
                            siblings != null && siblings.total() > 1 ? siblings : null,
                            Boolean.TRUE.equals(r.get("paused", Boolean.class)));
                });
    }

    private List<String> themes(long recommendationId) {
        return THEMES.fetch(dsl, recommendationId).map(Record1::value1);
    }

    /**
     * How every recipient of each recommendation stands, counted in SQL over all recipients: these are counts,
     * not the items themselves, so they may be shown to anyone who can see one of the items.
     */
    public Map<Long, RecipientSummary> recipientSummaries(Collection<Long> recommendationIds) {
        var tr = TRACKED_RECOMMENDATION;
        // One grouped query rather than a MULTISET of grouped counts: jOOQ nests a grouped MULTISET in a derived
        // table, and H2 cannot see the outer row from there.
        Field<Integer> n = count();
        return dsl.select(tr.RECOMMENDATION_ID, tr.STATUS, n).from(tr)
                .where(tr.RECOMMENDATION_ID.in(recommendationIds))
                .groupBy(tr.RECOMMENDATION_ID, tr.STATUS)
                .collect(Collectors.groupingBy(r -> r.get(tr.RECOMMENDATION_ID),
                        Collectors.collectingAndThen(Collectors.toMap(r -> r.get(tr.STATUS), r -> r.get(n)), RecipientSummary::new)));
    }

    public List<StatusHistoryEntry> history(long trackedId) {
        return HISTORY.fetch(dsl, trackedId).map(Records.mapping(StatusHistoryEntry::new));
    }
}
