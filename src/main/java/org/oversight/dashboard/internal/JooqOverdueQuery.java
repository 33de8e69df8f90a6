package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.AggregateFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.RecommendationKinds;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.OverdueByWatchdog;
import org.oversight.db.tables.Organisation;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ItemScope;
import org.springframework.stereotype.Repository;

/**
 * Chart 3, overdue by watchdog and kind: every watchdog (or the one filtered to) left-joined to its overdue items,
 * so that a watchdog with none still shows as a row of zeros; one conditional count per kind. The overdue items are
 * a derived table with every condition inside it, so that each database finds them from the index on the current
 * deadline (a few thousand of 36,000 items nationally) rather than testing every item against every watchdog (H2
 * did the latter with the conditions in the join: 171 ms against the floor's 50, docs/performance.md).
 */
@Repository
public class JooqOverdueQuery {

    private static final Organisation WATCHDOG = ORGANISATION.as("w");

    private final DSLContext dsl;

    JooqOverdueQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ChartFigures<OverdueByWatchdog> overdueByWatchdog(ItemScope scope, DashboardFilter filter, LocalDate today) {
        Table<?> o = select(TRACKED_RECOMMENDATION.ID, RECOMMENDATION.KIND, REPORT.WATCHDOG_ID)
                .from(ItemSelection.items())
                .where(ItemSelection.overdue(today))
                .and(ItemSelection.open())
                .and(scope.items())
                .and(ItemSelection.of(filter, today))
                .asTable("o");
        Field<Long> item = o.field(TRACKED_RECOMMENDATION.ID);
        List<Field<?>> fields = new ArrayList<>(List.of(WATCHDOG.SHORT_NAME, WATCHDOG.CODE));
        for (RecommendationKind kind : RecommendationKind.values()) {
            fields.add(count(item).filterWhere(o.field(RECOMMENDATION.KIND).eq(kind)));
        }
        AggregateFunction<Integer> total = count(item);
        Condition watchdogs = WATCHDOG.KIND.eq(OrganisationRef.Kind.WATCHDOG);
        if (filter.watchdog() != null) {
            watchdogs = watchdogs.and(WATCHDOG.CODE.eq(filter.watchdog()));
        }
        Map<String, String> codes = new HashMap<>();
        List<CountRow> rows = dsl.select(fields)
                .from(WATCHDOG)
                .leftJoin(o).on(o.field(REPORT.WATCHDOG_ID).eq(WATCHDOG.ID))
                .where(watchdogs)
                .groupBy(WATCHDOG.ID, WATCHDOG.SHORT_NAME, WATCHDOG.CODE)
                .orderBy(total.desc(), WATCHDOG.SHORT_NAME)
                .fetch(r -> {
                    codes.put(r.get(WATCHDOG.SHORT_NAME), r.get(WATCHDOG.CODE));
                    List<Integer> counts = new ArrayList<>();
                    for (int i = 2; i < fields.size(); i++) {
                        counts.add(r.get(i, Integer.class));
                    }
                    return new CountRow(r.get(WATCHDOG.SHORT_NAME), counts);
                });
        Map<String, String> kinds = new HashMap<>();
        for (RecommendationKind kind : RecommendationKind.values()) {
            kinds.put(RecommendationKinds.label(kind), kind.name());
        }
        return new ChartFigures<>(new OverdueByWatchdog(RecommendationKinds.labels(), rows), codes, kinds);
    }
}
