package org.oversight.report.internal;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.length;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.oversight.db.tables.Organisation;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.Priority;
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
                .fetch(r -> new ReportRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
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
    public Optional<ReportDetail> detail(long reportId, ItemScope itemScope, boolean editable,
                                         Function<List<Long>, Map<Long, RecipientSummary>> summaries, LocalDate today) {
        Condition reportScope = reportsWithin(itemScope);
        var r = dsl.select(REPORT.ID, REPORT.VERSION, REPORT.WATCHDOG_ID, WATCHDOG.NAME, WATCHDOG.CODE, REPORT.KIND, REPORT.TITLE,
                        REPORT.REFERENCE, REPORT.PUBLISHED_ON, REPORT.LINK, REPORT.SUMMARY, REPORT.ISSUED_AS)
                .from(REPORT).join(WATCHDOG).on(WATCHDOG.ID.eq(REPORT.WATCHDOG_ID))
                .where(REPORT.ID.eq(reportId)).and(reportScope)
                .fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        var forces = dsl.select(ORGANISATION.ID, ORGANISATION.CODE, ORGANISATION.NAME, ORGANISATION.SHORT_NAME, ORGANISATION.KIND)
                .from(REPORT_FORCE).join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT_FORCE.ORGANISATION_ID))
                .where(REPORT_FORCE.REPORT_ID.eq(reportId)).orderBy(ORGANISATION.NAME)
                .fetch(o -> new OrganisationRef(o.value1(), o.value2(), o.value3(), o.value4(), o.value5()));
        var themes = dsl.select(THEME.ID, THEME.CODE, THEME.NAME).from(REPORT_THEME).join(THEME).on(THEME.ID.eq(REPORT_THEME.THEME_ID))
                .where(REPORT_THEME.REPORT_ID.eq(reportId)).orderBy(THEME.NAME)
                .fetch(t -> new ThemeRef(t.value1(), t.value2(), t.value3()));
        return Optional.of(new ReportDetail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), forces, themes, editable,
                recommendations(reportId, itemScope, summaries, today)));
    }

    private List<ReportRecommendation> recommendations(long reportId, ItemScope scope,
                                                       Function<List<Long>, Map<Long, RecipientSummary>> summaries, LocalDate today) {
        Condition itemScope = scope.items();
        var rec = RECOMMENDATION;
        var rows = dsl.select(rec.ID, rec.VERSION, rec.NUMBER, rec.KIND, rec.PRIORITY, rec.TEXT).from(rec)
                .where(rec.REPORT_ID.eq(reportId)).orderBy(length(rec.NUMBER), rec.NUMBER).fetch();
        List<Long> ids = rows.map(x -> x.value1());
        Map<Long, List<ThemeRef>> themes = dsl.select(RECOMMENDATION_THEME.RECOMMENDATION_ID, THEME.ID, THEME.CODE, THEME.NAME)
                .from(RECOMMENDATION_THEME).join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                .where(RECOMMENDATION_THEME.RECOMMENDATION_ID.in(ids)).orderBy(THEME.NAME)
                .fetchGroups(x -> x.value1(), x -> new ThemeRef(x.value2(), x.value3(), x.value4()));
        var tr = TRACKED_RECOMMENDATION;
        var allRecipients = dsl.select(tr.RECOMMENDATION_ID, tr.RECIPIENT_ID, ORGANISATION.KIND).from(tr)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(tr.RECIPIENT_ID))
                .where(tr.RECOMMENDATION_ID.in(ids)).fetch();
        int forceCount = dsl.fetchCount(ORGANISATION, ORGANISATION.KIND.eq(OrganisationRef.Kind.FORCE));
        Map<Long, List<ReportRecommendation.Recipient>> visible = dsl
                .select(tr.RECOMMENDATION_ID, tr.ID, tr.RECIPIENT_ID, ORGANISATION.NAME, tr.STATUS, tr.DUE_ON, tr.CLOSED_ON).from(tr)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(tr.RECIPIENT_ID))
                .where(tr.RECOMMENDATION_ID.in(ids)).and(itemScope).orderBy(ORGANISATION.NAME)
                .fetchGroups(x -> x.value1(), x -> new ReportRecommendation.Recipient(x.value2(), x.value3(), x.value4(),
                        x.value5(), x.value6(),
                        x.value6() == null ? null : ChronoUnit.DAYS.between(today, x.value6()), x.value7()));
        Map<Long, RecipientSummary> counts = summaries.apply(ids);
        return rows.map(x -> {
            long id = x.value1();
            var mine = allRecipients.stream().filter(a -> a.value1() == id).toList();
            long forces = mine.stream().filter(a -> a.value3() == OrganisationRef.Kind.FORCE).count();
            return new ReportRecommendation(id, x.value2(), x.value3(), x.value4(),
                    x.value5(), x.value6(), themes.getOrDefault(id, List.of()), forces == forceCount,
                    mine.stream().map(a -> a.value2()).collect(Collectors.toSet()),
                    visible.getOrDefault(id, List.of()), counts.getOrDefault(id, new RecipientSummary(Map.of())));
        });
    }
}
