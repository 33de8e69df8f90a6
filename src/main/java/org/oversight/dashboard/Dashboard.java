package org.oversight.dashboard;

import java.time.LocalDate;
import java.util.Optional;
import org.oversight.dashboard.chart.DeadlineSlippage;
import org.oversight.dashboard.chart.OpenVsClosedTrend;
import org.oversight.dashboard.chart.OverdueByWatchdog;
import org.oversight.dashboard.chart.StatusByForce;
import org.oversight.dashboard.chart.ThemesByForce;

/**
 * Everything the dashboard shows for one filter, counted in SQL: the headline figures and the data of five charts.
 * Every figure is within what the user may see except the status-by-force chart of a chief officer, which compares
 * their force's counts with every other force's (counts only; see docs/decisions/0005-dashboard.md).
 *
 * @param today            the day the figures were counted on (overdue, due soon, this quarter)
 * @param ownOrganisation  the force or national body the user's figures are limited to; empty for national readers
 * @param comparative      true when the status-by-force chart shows forces beyond the user's own
 */
public record Dashboard(DashboardFilter filter, LocalDate today, Optional<String> ownOrganisation, boolean comparative,
                        HeadlineFigures headline, ChartFigures<StatusByForce> statusByForce,
                        ChartFigures<OpenVsClosedTrend> openVsClosed, ChartFigures<OverdueByWatchdog> overdueByWatchdog,
                        ChartFigures<DeadlineSlippage> slippage, ChartFigures<ThemesByForce> themesByForce) {

    /** The first publication date the filter counts, if the period is limited. */
    public Optional<LocalDate> publishedFrom() {
        return filter.period().publishedFrom(today);
    }

    /** Whether the user may open the register rows of this recipient (their own, or any for national readers). */
    public boolean mayOpen(String recipientName) {
        return ownOrganisation.map(recipientName::equals).orElse(true);
    }
}
