package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.OpenVsClosedTrend;

/** Compares a dashboard with the figures {@link Expected} counted, chart by chart. */
final class DashboardAssertions {

    private DashboardAssertions() {
    }

    static void matches(Dashboard d, Expected expected, boolean comparative, String what) {
        assertThat(d.headline()).as(what + ": headline figures").usingRecursiveComparison()
                .withComparatorForType(Double::compare, Double.class).isEqualTo(expected.headline());
        assertThat(rows(d.statusByForce().data().forces())).as(what + ": status by force")
                .isEqualTo(expected.statusByForce(comparative));
        assertThat(months(d.openVsClosed().data())).as(what + ": open vs verified closed")
                .isEqualTo(expected.openVsClosed());
        assertThat(rows(d.overdueByWatchdog().data().watchdogs())).as(what + ": overdue by watchdog and kind")
                .isEqualTo(expected.overdueByWatchdog());
        assertThat(slippage(d.slippage().data())).as(what + ": slippage").isEqualTo(expected.slippage());
        assertThat(cells(d)).as(what + ": themes by force").isEqualTo(expected.themesByForce());
    }

    /** As {@link Expected#slippage()} has it: actions, on time, then each measure's four buckets. */
    static List<Integer> slippage(org.oversight.dashboard.chart.DeadlineSlippage s) {
        List<Integer> flat = new java.util.ArrayList<>(List.of(s.actions(), s.onTime()));
        s.buckets().forEach(b -> flat.add(b.movedLater()));
        s.buckets().forEach(b -> flat.add(b.finishedLate()));
        s.buckets().forEach(b -> flat.add(b.overdueNow()));
        return flat;
    }

    static Map<String, List<Integer>> rows(List<CountRow> rows) {
        Map<String, List<Integer>> map = new HashMap<>();
        rows.forEach(r -> map.put(r.name(), r.counts()));
        return map;
    }

    static Map<YearMonth, List<Integer>> months(OpenVsClosedTrend trend) {
        Map<YearMonth, List<Integer>> map = new HashMap<>();
        trend.months().forEach(m -> map.put(m.month(), m.counts()));
        return map;
    }

    static Map<String, Integer> cells(Dashboard d) {
        var data = d.themesByForce().data();
        Map<String, Integer> cells = new HashMap<>();
        for (CountRow force : data.forces()) {
            for (int t = 0; t < data.themes().size(); t++) {
                if (force.count(t) > 0) {
                    cells.put(force.name() + "|" + data.themes().get(t), force.count(t));
                }
            }
        }
        return cells;
    }
}
