package org.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.oversight.dashboard.Dashboard;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.HeadlineFigures;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.DeadlineSlippage;
import org.oversight.dashboard.chart.OpenVsClosedTrend;

/**
 * Holds the floor to the service before their times are compared: every headline figure, the trend's 36 months, the
 * status-by-force and theme totals and every slippage figure must be the same, so the ratio compares like work.
 */
final class FloorMatchesService {

    private FloorMatchesService() {
    }

    static void check(BenchDatabase db, DashboardFloor floor, Long recipientId, String username) {
        LocalDate today = db.today();
        Dashboard service = db.as(username, () -> db.bean(DashboardService.class).dashboard(DashboardFilter.NONE));
        String who = db.name + " " + username;

        HeadlineFigures h = service.headline();
        DashboardFloor.Headline f = floor.headline(recipientId, today);
        assertThat(new DashboardFloor.Headline(h.open(), h.overdue(), h.dueSoon(), h.noTargetDate(), h.plansAwaitingDecision(),
                h.verifiedThisQuarter(), h.medianDaysToVerifiedClose(), h.verified(), h.reopened(), h.everClosed()))
                .as("headline, " + who).usingRecursiveComparison().withComparatorForType(
                        (x, y) -> Math.abs(x - y) < 1e-6 ? 0 : Double.compare(x, y), Double.class).isEqualTo(f);

        List<DashboardFloor.Month> months = floor.openVsClosed(recipientId);
        for (OpenVsClosedTrend.MonthCounts m : service.openVsClosed().data().window()) {
            int ym = m.month().getYear() * 12 + m.month().getMonthValue() - 1;
            DashboardFloor.Month level = months.stream().filter(x -> x.yearMonth() <= ym).reduce((x, y) -> y)
                    .orElse(new DashboardFloor.Month(ym, 0, 0));
            assertThat(m.counts()).as("trend " + m.month() + ", " + who)
                    .containsExactly(level.openAtEnd(), level.verifiedToDate());
        }

        int floorBars = floor.statusByForce(recipientId == null ? null : true, today).stream()
                .mapToInt(DashboardFloor.Row::count).sum();
        int serviceBars = service.statusByForce().data().forces().stream().mapToInt(CountRow::total).sum();
        assertThat(serviceBars).as("status by force, " + who).isEqualTo(floorBars).isPositive();

        int floorThemes = floor.themesByForce(recipientId).stream().mapToInt(DashboardFloor.Row::count).sum();
        assertThat(service.themesByForce().data().total()).as("themes by force, " + who).isEqualTo(floorThemes);

        int floorOverdue = floor.overdueByWatchdog(recipientId, today).stream().mapToInt(DashboardFloor.Row::count).sum();
        int serviceOverdue = service.overdueByWatchdog().data().total();
        assertThat(serviceOverdue).as("overdue by watchdog, " + who).isEqualTo(floorOverdue).isEqualTo(h.overdue());

        assertThat(slippageFigures(service.slippage().data())).as("slippage, " + who)
                .containsExactly(floor.slippage(recipientId, today));
    }

    /** The chart's figures in the floor's order: actions, on time, then each measure's four spans. */
    private static int[] slippageFigures(DeadlineSlippage s) {
        java.util.stream.IntStream.Builder figures = java.util.stream.IntStream.builder();
        figures.add(s.total()).add(s.onTime());
        s.buckets().forEach(b -> figures.add(b.movedLater()));
        s.buckets().forEach(b -> figures.add(b.finishedLate()));
        s.buckets().forEach(b -> figures.add(b.overdueNow()));
        return figures.build().toArray();
    }
}
