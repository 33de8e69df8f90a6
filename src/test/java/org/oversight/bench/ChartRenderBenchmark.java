package org.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.dashboard.chart.ChartData;
import org.oversight.dashboard.chart.ChartKit;
import org.oversight.dashboard.chart.ChartRenderer;
import org.oversight.dashboard.chart.ChartSpec;
import org.oversight.dashboard.chart.ChartStyle;

/**
 * Every dashboard chart built and drawn to SVG and to PNG from the national figures (44 forces, 16 themes, 36
 * months, the largest generated action plan), straight through the builders and ChartRenderer: the chart kit's
 * cache is bypassed, so this is the cost of a cache miss. Drawing does not touch the database; the data comes
 * from the first benchmark database (H2).
 */
class ChartRenderBenchmark {

    @Test
    void eachChartToSvgAndPng() {
        BenchRunner runner = new BenchRunner(BenchSettings.fromSystemProperties());
        BenchDatabase db = BenchDatabase.all().getFirst();
        DashboardFloor floor = new DashboardFloor(db.dataSource(), db.postgres(), db.dueSoonDays());
        LocalDate today = db.today();
        Map<String, ChartData> charts = new LinkedHashMap<>();
        charts.put("status-by-force", FloorCharts.statusByForce(floor, today));
        charts.put("open-vs-closed", FloorCharts.openVsClosed(floor));
        charts.put("overdue-by-watchdog", FloorCharts.overdueByWatchdog(floor, today));
        charts.put("slippage", FloorCharts.slippage(floor, today));
        charts.put("themes-by-force", FloorCharts.themesByForce(floor));
        charts.put("plan-gantt", FloorCharts.largestPlan(db));
        ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);
        List<BenchCase> cases = new ArrayList<>();
        charts.forEach((name, data) -> {
            int w = ChartSpec.DEFAULT_WIDTH;
            int h = ChartKit.preferredHeight(data);
            cases.add(BenchCase.of("chart." + name + ".svg", () -> ChartRenderer.toSvg(ChartKit.build(data, style).chart(), w, h)));
            cases.add(BenchCase.of("chart." + name + ".png", () -> ChartRenderer.toPng(ChartKit.build(data, style).chart(), w, h)));
        });
        runner.run(db.name, cases);

        charts.forEach((name, data) -> {
            assertThat(data.isEmpty()).as(name + " has figures").isFalse();
            assertThat(ChartRenderer.toSvg(ChartKit.build(data, style).chart(), 800, 500)).startsWith("<svg");
        });
    }
}
