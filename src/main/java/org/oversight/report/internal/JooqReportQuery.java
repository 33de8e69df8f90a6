package org.oversight.report.internal;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.length;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trueCondition;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.REPORT_FORCE;
import static org.oversight.db.Tables.REPORT_THEME;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SortField;
import org.oversight.db.tables.Organisation;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecipientSummary;
import org.oversight.recommendation.SortBy;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.ThemeRef;
import org.oversight.report.ReportDetail;
import org.oversight.report.ReportFilter;
import org.oversight.report.ReportRecommendation;
import org.oversight.report.ReportRow;
import org.springframework.stereotype.Repository;

/**
 * Reads reports for the list and the detail page, within an {@link ItemScope}: it limits which reports appear at all
 * ({@link #reportsWithin}) and which of their recipients' items are listed and counted.
 */
@Repository
public class JooqReportQuery {

    private static final Organisation WATCHDOG = ORGANISATION.as("watchdog");

    private final DSLContext dsl;

    public JooqReportQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The reports a scope reaches: every report for one that sees every organisation (watchdog staff, administrators),
     * otherwise the reports with at least one item within it.
     */
    static Condition reportsWithin(ItemScope scope) {
        return scope.seesEveryOrganisation() ? trueCondition() : exists(selectOne().from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(RECOMMENDATION.REPORT_ID.eq(REPORT.ID)).and(scope.items()));
    }

    public int count(ReportFilter filter, ItemScope scope) {
        return dsl.fetchCount(dsl.selectOne().from(REPORT).join(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID))
                .where(conditions(filter)).and(reportsWithin(scope)));
    }

    public List<ReportRow> page(ReportFilter filter, ItemScope scope, int offset, int limit,
                                List<SortBy> sort) {
        var tr = TRACKED_RECOMMENDATION;
        Field<Integer> recommendations = field(selectCount().from(RECOMMENDATION).where(RECOMMENDATION.REPORT_ID.eq(REPORT.ID)));
        Condition itemsOfReport = RECOMMENDATION.REPORT_ID.eq(REPORT.ID).and(scope.items());
        Field<Integer> items = field(selectCount().from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .where(itemsOfReport));
        Field<Integer> open = field(selectCount().from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .where(itemsOfReport).and(tr.STATUS.notIn(Status.CLOSED)));
        return dsl.select(REPORT.ID, REPORT.REFERENCE, REPORT.TITLE, WATCHDOG.SHORT_NAME, REPORT.KIND, REPORT.PUBLISHED_ON,
                        recommendations, items, open)
                .from(REPORT).join(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID))
                .where(conditions(filter)).and(reportsWithin(scope))
                .orderBy(orderBy(sort))
                .offset(offset).limit(limit)
                .fetch(Records.mapping(ReportRow::new));
    }

    private static List<Condition> conditions(ReportFilter f) {
        List<Condition> c = new ArrayList<>();
        if (f.watchdog() != null) {
            c.add(WATCHDOG.CODE.eq(f.watchdog()));
        }
        if (f.q() != null) {
            c.add(REPORT.REFERENCE.containsIgnoreCase(f.q()).or(REPORT.TITLE.containsIgnoreCase(f.q()))
                    .or(REPORT.SUMMARY.containsIgnoreCase(f.q())));
        }
        return c;
    }

    private static List<SortField<?>> orderBy(List<SortBy> sort) {
        List<SortField<?>> fields = new ArrayList<>();
        for (SortBy s : sort) {
            Field<?> f = switch (s.property()) {
                case "reference" -> REPORT.REFERENCE;
                case "title" -> REPORT.TITLE;
                case "watchdog" -> WATCHDOG.SHORT_NAME;
                case "kind" -> REPORT.KIND;
                case "published" -> REPORT.PUBLISHED_ON;
                case "id" -> REPORT.ID; // the API's stable paging (api package)
                default -> null;
            };
            if (f != null) {
                fields.add(s.descending() ? f.desc() : f.asc());
            }
        }
        if (fields.isEmpty()) {
            fields.add(REPORT.PUBLISHED_ON.desc());
        }
        fields.add(REPORT.ID.desc());
        return fields;
    }

    /**
     * The report and its recommendations, if within the scope. Recipients listed per recommendation are those within
     * the scope; {@code summaries} gives the counts over all recipients.
     */
    /** Whether the report exists within the scope: the condition {@link #detail} applies, on the primary key. */
    public boolean visible(long reportId, ItemScope itemScope) {
        return dsl.fetchExists(REPORT, REPORT.ID.eq(reportId).and(reportsWithin(itemScope)));
    }

    public Optional<ReportDetail> detail(long reportId, ItemScope itemScope, boolean editable,
                                         Function<List<Long>, Map<Long, RecipientSummary>> summaries, LocalDate today) {
        Condition reportScope = reportsWithin(itemScope);
        Field<List<OrganisationRef>> forces = multiset(
                select(ORGANISATION.ID, ORGANISATION.CODE, ORGANISATION.NAME, ORGANISATION.SHORT_NAME, ORGANISATION.KIND)
                        .from(REPORT_FORCE).join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT_FORCE.ORGANISATION_ID))
                        .where(REPORT_FORCE.REPORT_ID.eq(REPORT.ID)).orderBy(ORGANISATION.NAME))
                .convertFrom(r -> r.map(Records.mapping(OrganisationRef::new)));
        Field<List<ThemeRef>> themes = multiset(
                select(THEME.ID, THEME.CODE, THEME.NAME).from(REPORT_THEME).join(THEME).on(THEME.ID.eq(REPORT_THEME.THEME_ID))
                        .where(REPORT_THEME.REPORT_ID.eq(REPORT.ID)).orderBy(THEME.NAME))
                .convertFrom(r -> r.map(Records.mapping(ThemeRef::new)));
        return dsl.select(REPORT.ID, REPORT.VERSION, REPORT.WATCHDOG_ID, WATCHDOG.NAME, WATCHDOG.CODE, REPORT.KIND, REPORT.TITLE,
                        REPORT.REFERENCE, REPORT.PUBLISHED_ON, REPORT.LINK, REPORT.SUMMARY, REPORT.ISSUED_AS, forces, themes)
                .from(REPORT).join(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID))
                .where(REPORT.ID.eq(reportId)).and(reportScope)
                .fetchOptional(Records.mapping((id, version, watchdogId, watchdogName, watchdogCode, kind, title, reference,
                                                publishedOn, link, summary, issuedAs, forceRefs, themeRefs) ->
                        new ReportDetail(id, version, watchdogId, watchdogName, watchdogCode, kind, title, reference, publishedOn,
                                link, summary, issuedAs, forceRefs, themeRefs, editable,
                                recommendations(reportId, itemScope, summaries, today))));
    }

    private List<ReportRecommendation> recommendations(long reportId, ItemScope scope,
                                                       Function<List<Long>, Map<Long, RecipientSummary>> summaries, LocalDate today) {
        Condition itemScope = scope.items();
        var rec = RECOMMENDATION;
        var tr = TRACKED_RECOMMENDATION;
        Field<List<ThemeRef>> themes = multiset(
                select(THEME.ID, THEME.CODE, THEME.NAME)
                        .from(RECOMMENDATION_THEME).join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                        .where(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(rec.ID)).orderBy(THEME.NAME))
                .convertFrom(r -> r.map(Records.mapping(ThemeRef::new)));
        Field<Integer> forcesAddressed = field(selectCount().from(tr).join(ORGANISATION).on(ORGANISATION.ID.eq(tr.RECIPIENT_ID))
                .where(tr.RECOMMENDATION_ID.eq(rec.ID)).and(ORGANISATION.KIND.eq(OrganisationRef.Kind.FORCE)));
        Field<Set<Long>> recipientIds = multiset(select(tr.RECIPIENT_ID).from(tr).where(tr.RECOMMENDATION_ID.eq(rec.ID)))
                .convertFrom(r -> r.collect(Records.intoSet()));
        Field<List<ReportRecommendation.Recipient>> visible = multiset(
                select(tr.ID, tr.RECIPIENT_ID, ORGANISATION.NAME, tr.STATUS, tr.DUE_ON, tr.CLOSED_ON).from(tr)
                        .join(ORGANISATION).on(ORGANISATION.ID.eq(tr.RECIPIENT_ID))
                        .where(tr.RECOMMENDATION_ID.eq(rec.ID)).and(itemScope).orderBy(ORGANISATION.NAME))
                .convertFrom(r -> r.map(Records.mapping((trackedId, organisationId, name, status, dueOn, closedOn) ->
                        new ReportRecommendation.Recipient(trackedId, organisationId, name, status, dueOn,
                                dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn), closedOn))));
        var rows = dsl.select(rec.ID, rec.VERSION, rec.NUMBER, rec.KIND, rec.PRIORITY, rec.TEXT, themes, forcesAddressed,
                        recipientIds, visible)
                .from(rec)
                .where(rec.REPORT_ID.eq(reportId)).orderBy(length(rec.NUMBER), rec.NUMBER).fetch();
        int forceCount = dsl.fetchCount(ORGANISATION, ORGANISATION.KIND.eq(OrganisationRef.Kind.FORCE));
        Map<Long, RecipientSummary> counts = summaries.apply(rows.getValues(rec.ID));
        return rows.map(Records.mapping((id, version, number, kind, priority, text, themeRefs, forces, recipients, visibleItems) ->
                new ReportRecommendation(id, version, number, kind, priority, text, themeRefs, forces == forceCount, recipients,
                        visibleItems, counts.getOrDefault(id, new RecipientSummary(Map.of())))));
    }
}
