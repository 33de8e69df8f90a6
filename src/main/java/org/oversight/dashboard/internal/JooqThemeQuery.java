package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.ThemesByForce;
import org.oversight.recommendation.ItemScope;
import org.springframework.stereotype.Repository;

/**
 * Chart 5, open items per theme per recipient: one GROUP BY (recipient, theme) over the recommendations' themes.
 * The counted cells are only laid out as a grid here; an item with three themes counts once in each.
 */
@Repository
public class JooqThemeQuery {

    private final DSLContext dsl;

    JooqThemeQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record Cell(String force, String forceCode, String theme, String themeCode, int open) {
    }

    public ChartFigures<ThemesByForce> themesByForce(ItemScope scope, DashboardFilter filter, LocalDate today) {
        var t = TRACKED_RECOMMENDATION;
        var rt = RECOMMENDATION_THEME;
        // the theme filter picks the column itself rather than items having the theme among others
        List<Condition> byReport = ItemSelection.reportConditions(REPORT, filter, today);
        List<Condition> c = new ArrayList<>(byReport);
        if (filter.theme() != null) {
            c.add(rt.THEME_ID.eq(select(THEME.ID).from(THEME).where(THEME.CODE.eq(filter.theme()))));
        }
        // counted by the two ids alone, named afterwards: the names are joined to a few hundred cells, not to every
        // (open item, theme) pair
        Table<?> counted = dsl.select(t.RECIPIENT_ID, rt.THEME_ID, count().as("open"))
                // the recommendation and report only when the filter asks about the report
                .from(byReport.isEmpty() ? t : ItemSelection.items())
                .join(rt).on(rt.RECOMMENDATION_ID.eq(t.RECOMMENDATION_ID))
                .where(scope.items())
                .and(ItemSelection.open())
                .and(DSL.and(c))
                .groupBy(t.RECIPIENT_ID, rt.THEME_ID)
                .asTable("cell");
        List<Cell> cells = dsl.select(ORGANISATION.NAME, ORGANISATION.CODE, THEME.NAME, THEME.CODE,
                        counted.field("open", Integer.class))
                .from(counted)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(counted.field(t.RECIPIENT_ID)))
                .join(THEME).on(THEME.ID.eq(counted.field(rt.THEME_ID)))
                .fetch(Records.mapping(Cell::new));
        return grid(cells);
    }

    /** Themes with the most open items first, forces likewise; ties by name so the layout is stable. */
    private static ChartFigures<ThemesByForce> grid(List<Cell> cells) {
        Map<String, Integer> themeTotals = new HashMap<>();
        Map<String, Integer> forceTotals = new HashMap<>();
        Map<String, String> themeCodes = new HashMap<>();
        Map<String, String> forceCodes = new HashMap<>();
        Map<String, Map<String, Integer>> byForce = new HashMap<>();
        for (Cell cell : cells) {
            themeTotals.merge(cell.theme(), cell.open(), Integer::sum);
            forceTotals.merge(cell.force(), cell.open(), Integer::sum);
            themeCodes.put(cell.theme(), cell.themeCode());
            forceCodes.put(cell.force(), cell.forceCode());
            byForce.computeIfAbsent(cell.force(), f -> new LinkedHashMap<>()).put(cell.theme(), cell.open());
        }
        List<String> themes = ordered(themeTotals);
        List<CountRow> rows = ordered(forceTotals).stream()
                .map(force -> new CountRow(force, themes.stream()
                        .map(theme -> byForce.get(force).getOrDefault(theme, 0)).toList()))
                .toList();
        return new ChartFigures<>(new ThemesByForce(themes, rows), forceCodes, themeCodes);
    }

    private static List<String> ordered(Map<String, Integer> totals) {
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
