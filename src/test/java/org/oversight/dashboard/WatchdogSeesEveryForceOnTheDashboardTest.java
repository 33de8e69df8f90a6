package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Watchdog staff read the national dashboard: every figure and chart agrees with the rows counted one by one. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogSeesEveryForceOnTheDashboardTest {

    static final List<DashboardFilter> FILTERS = List.of(
            DashboardFilter.NONE,
            DashboardFilter.NONE.withWatchdog("IOPC"),
            DashboardFilter.NONE.withPeriod(DashboardPeriod.LAST_3_YEARS),
            DashboardFilter.NONE.withPeriod(DashboardPeriod.LAST_12_MONTHS),
            DashboardFilter.NONE.withTheme("ONLINE_GROOMING"),
            new DashboardFilter("HMICFRS", DashboardPeriod.LAST_3_YEARS, "CHILD_PROTECTION"));

    @Autowired
    DashboardService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    DemoRows rows;
    LocalDate today;

    @BeforeEach
    void readRows() {
        rows = new DemoRows(jdbc);
        today = LocalDate.now(clock);
    }

    @Test
    void everyFigureAndChartMatchesTheItemsCountedOneByOne() {
        for (DashboardFilter filter : FILTERS) {
            Dashboard d = service.dashboard(filter);
            DashboardAssertions.matches(d, new Expected(rows, id -> true, filter, today), false, filter.toString());
        }
    }

    @Test
    void theUnfilteredDashboardHasSomethingInEveryChart() {
        Dashboard d = service.dashboard(DashboardFilter.NONE);

        assertThat(d.ownOrganisation()).isEmpty();
        assertThat(d.comparative()).isFalse();
        assertThat(d.headline().open()).isPositive();
        assertThat(d.headline().overdue()).isPositive();
        assertThat(d.headline().medianDaysToVerifiedClose()).isPositive();
        assertThat(d.statusByForce().data().forces()).hasSizeGreaterThan(5);
        assertThat(d.statusByForce().data().highlightedForce()).isEmpty();
        assertThat(d.openVsClosed().data().months()).hasSize(36);
        assertThat(d.overdueByWatchdog().data().watchdogs()).extracting(r -> r.name())
                .containsExactlyInAnyOrder("HMICFRS", "IOPC", "IICSA");
        assertThat(d.slippage().data().slipped()).isPositive();
        assertThat(d.themesByForce().data().forces()).hasSizeGreaterThan(5);
        // national bodies are recipients too, and count for watchdog staff
        assertThat(d.statusByForce().rowCodes()).containsKeys("Surrey Police", "NPCC lead for child sexual exploitation");
    }

    @Test
    void theTrendEndsAtTodaysOpenAndVerifiedCounts() {
        Dashboard d = service.dashboard(DashboardFilter.NONE);
        var thisMonth = d.openVsClosed().data().window().getLast();
        long verified = rows.items.stream().filter(i -> i.status().equals("VERIFIED_IMPLEMENTED")).count();

        assertThat(thisMonth.counts()).containsExactly(d.headline().open(), (int) verified);
    }

    @Test
    void aWatchdogFilterLeavesOneWatchdogInTheOverdueChart() {
        Dashboard d = service.dashboard(DashboardFilter.NONE.withWatchdog("IICSA"));

        assertThat(d.overdueByWatchdog().data().watchdogs()).extracting(r -> r.name()).containsExactly("IICSA");
        assertThat(d.overdueByWatchdog().rowCodes()).containsEntry("IICSA", "IICSA");
    }

    @Test
    void aThemeFilterLeavesOneThemeInTheHeatMap() {
        Dashboard d = service.dashboard(DashboardFilter.NONE.withTheme("CUSTODY"));

        assertThat(d.themesByForce().data().themes()).containsExactly("Custody");
        assertThat(d.themesByForce().columnCodes()).containsEntry("Custody", "CUSTODY");
    }
}
