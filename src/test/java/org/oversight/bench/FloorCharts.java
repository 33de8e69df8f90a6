package org.oversight.bench;

import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.REPORT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.oversight.actionplan.ActionStatus;
import org.oversight.dashboard.chart.ActionPlanTimeline;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.DeadlineSlippage;
import org.oversight.dashboard.chart.OpenVsClosedTrend;
import org.oversight.dashboard.chart.OverdueByWatchdog;
import org.oversight.dashboard.chart.StatusByForce;
import org.oversight.dashboard.chart.ThemesByForce;

/** The chart kit's data records filled from the floor's figures on the generated set: realistic sizes and values. */
final class FloorCharts {

    private FloorCharts() {
    }

    static StatusByForce statusByForce(DashboardFloor floor, LocalDate today) {
        // every force, as a chief officer's comparison draws it, in the service's segments
        return new StatusByForce(org.oversight.dashboard.StatusGroups.ALL,
                rows(floor.statusByForce(true, today), DashboardFloor.STATUS_GROUPS), Optional.of("Surrey Police"));
    }

    static OpenVsClosedTrend openVsClosed(DashboardFloor floor) {
        List<OpenVsClosedTrend.MonthCounts> months = floor.openVsClosed(null).stream()
                .map(m -> OpenVsClosedTrend.MonthCounts.of(YearMonth.of(m.yearMonth() / 12, m.yearMonth() % 12 + 1),
                        m.openAtEnd(), m.verifiedToDate()))
                .toList();
        return new OpenVsClosedTrend(List.of("Open", "Verified closed"), months);
    }

    static OverdueByWatchdog overdueByWatchdog(DashboardFloor floor, LocalDate today) {
        List<DashboardFloor.Row> rows = floor.overdueByWatchdog(null, today);
        List<String> kinds = rows.stream().map(DashboardFloor.Row::column).distinct().sorted().toList();
        return new OverdueByWatchdog(kinds, rows(rows, kinds));
    }

    static DeadlineSlippage slippage(DashboardFloor floor, LocalDate today) {
        int[] b = floor.slippage(null, today);
        return DeadlineSlippage.of(b[0], b[1], java.util.Arrays.copyOfRange(b, 2, 6), java.util.Arrays.copyOfRange(b, 6, 10),
                java.util.Arrays.copyOfRange(b, 10, 14));
    }

    static ThemesByForce themesByForce(DashboardFloor floor) {
        List<DashboardFloor.Row> rows = floor.themesByForce(null);
        List<String> themes = rows.stream().map(DashboardFloor.Row::column).distinct().sorted().toList();
        return new ThemesByForce(themes, rows(rows, themes));
    }

    /** The generated plan with the most actions: the largest Gantt chart a user can open. */
    static ActionPlanTimeline largestPlan(BenchDatabase db) {
        var dsl = db.dsl();
        long planId = dsl.select(ACTION.PLAN_ID).from(ACTION).groupBy(ACTION.PLAN_ID).orderBy(DSL.count().desc(), ACTION.PLAN_ID)
                .limit(1).fetchSingle().value1();
        String name = dsl.select(ORGANISATION.SHORT_NAME, REPORT.REFERENCE).from(ACTION_PLAN)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID)).where(ACTION_PLAN.ID.eq(planId))
                .fetchSingle(r -> r.value1() + " \u2013 " + r.value2());
        List<ActionPlanTimeline.PlannedAction> actions = dsl.select(ACTION.TITLE, ACTION.CREATED_AT, ACTION.DUE_ON,
                        ACTION.ORIGINAL_DUE_ON, ACTION.STATUS, ACTION.ID)
                .from(ACTION).where(ACTION.PLAN_ID.eq(planId)).orderBy(ACTION.ID)
                .fetch(r -> new ActionPlanTimeline.PlannedAction(r.value1() + " #" + r.value6(), r.value2().toLocalDate(),
                        r.value3(), r.value4(), r.value5() == ActionStatus.DONE));
        return new ActionPlanTimeline(name, db.today(), actions);
    }

    private static List<CountRow> rows(List<DashboardFloor.Row> cells, List<String> columns) {
        Map<String, int[]> byName = new LinkedHashMap<>();
        for (DashboardFloor.Row cell : cells) {
            byName.computeIfAbsent(cell.name(), k -> new int[columns.size()])[columns.indexOf(cell.column())] += cell.count();
        }
        List<CountRow> rows = new ArrayList<>();
        byName.forEach((name, counts) -> rows.add(new CountRow(name, java.util.Arrays.stream(counts).boxed().toList())));
        return rows;
    }
}
