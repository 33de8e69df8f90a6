package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.count;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.oversight.base.RenderedOnce;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.RecommendationKinds;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.OverdueByWatchdog;
import org.oversight.db.tables.Organisation;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecommendationKind;
import org.springframework.stereotype.Repository;

/**
 * Chart 3, overdue by watchdog and kind: every watchdog (or the one filtered to), so that a watchdog with none still
 * shows as a row of zeros, with one count per kind of its overdue items. Two statements: the overdue items counted
 * per watchdog, with every condition in one plain grouped query that each database starts from the index on the
 * current deadline (a few thousand of 36,000 items nationally), and the watchdogs in order of name; the rows are
 * then put in order of total, most first (a stable sort, so equal totals stay in order of name, as
 * {@code ORDER BY total DESC, short_name} had them). One statement that left-joined the watchdogs to the overdue
 * items as a derived table was planned by H2 as the derived query run again for each watchdog, with the
 * watchdog's id pushed into it (171 ms against the floor's 50 nationally, 44 ms against 0.8 for one force,
 * docs/performance.md and decision 0123).
 */
@Repository
public class JooqOverdueQuery {

    private static final Organisation WATCHDOG = ORGANISATION.as("w");

    private final DSLContext dsl;
    /** Asked on every opening of the dashboard: rendered once for each scope, filter and day (decision 0146). */
    private final RenderedOnce<List<Object>> rendered = new RenderedOnce<>(500);

    JooqOverdueQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ChartFigures<OverdueByWatchdog> overdueByWatchdog(ItemScope scope, DashboardFilter filter, LocalDate today) {
        List<Field<?>> fields = new ArrayList<>(List.of(REPORT.WATCHDOG_ID));
        for (RecommendationKind kind : RecommendationKind.values()) {
            fields.add(count().filterWhere(RECOMMENDATION.KIND.eq(kind)));
        }
        Map<Long, List<Integer>> overdue = new HashMap<>();
        rendered.fetch(dsl, List.of("overdue", scope, filter, today), () -> dsl.select(fields)
                .from(ItemSelection.items())
                .where(ItemSelection.overdue(today))
                .and(ItemSelection.open())
                .and(scope.items())
                .and(ItemSelection.of(filter, today))
                .groupBy(REPORT.WATCHDOG_ID))
                .forEach(r -> {
                    List<Integer> counts = new ArrayList<>();
                    for (int i = 1; i < fields.size(); i++) {
                        counts.add(r.get(i, Integer.class));
                    }
                    overdue.put(r.get(REPORT.WATCHDOG_ID), counts);
                });
        Condition watchdogs = WATCHDOG.KIND.eq(OrganisationRef.Kind.WATCHDOG)
                .and(filter.watchdog() == null ? DSL.noCondition() : WATCHDOG.CODE.eq(filter.watchdog()));
        List<Integer> none = Collections.nCopies(RecommendationKind.values().length, 0);
        Map<String, String> codes = new HashMap<>();
        // no watchdog chosen is its own key, apart from any code
        List<Object> key = List.of("watchdogs", Optional.ofNullable(filter.watchdog()));
        List<CountRow> rows = new ArrayList<>(rendered.fetch(dsl, key,
                () -> dsl.select(WATCHDOG.ID, WATCHDOG.SHORT_NAME, WATCHDOG.CODE)
                        .from(WATCHDOG)
                        .where(watchdogs)
                        .orderBy(WATCHDOG.SHORT_NAME))
                .map(r -> {
                    codes.put(r.value2(), r.value3());
                    return new CountRow(r.value2(), overdue.getOrDefault(r.value1(), none));
                }));
        rows.sort(Comparator.comparingInt(CountRow::total).reversed());
        Map<String, String> kinds = new HashMap<>();
        for (RecommendationKind kind : RecommendationKind.values()) {
            kinds.put(RecommendationKinds.label(kind), kind.name());
        }
        return new ChartFigures<>(new OverdueByWatchdog(RecommendationKinds.labels(), rows), codes, kinds);
    }
}
