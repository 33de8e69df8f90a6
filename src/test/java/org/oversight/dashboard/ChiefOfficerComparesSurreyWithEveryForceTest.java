package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surrey's chief officer: the headline figures and charts 2–5 count Surrey's items only; the status-by-force chart
 * sets Surrey's counts beside every force's, highlighted.
 */
@DatabaseTest
@Transactional
@WithUserDetails("chief.surrey")
class ChiefOfficerComparesSurreyWithEveryForceTest {

    @Autowired
    DashboardService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    DemoRows rows;
    LocalDate today;
    long surrey;

    @BeforeEach
    void readRows() {
        rows = new DemoRows(jdbc);
        today = LocalDate.now(clock);
        surrey = rows.organisationIds.get("SURREY");
    }

    @Test
    void figuresAreSurreysAndTheStatusChartComparesEveryForce() {
        for (DashboardFilter filter : WatchdogSeesEveryForceOnTheDashboardTest.FILTERS) {
            Dashboard d = service.dashboard(filter);
            DashboardAssertions.matches(d, new Expected(rows, id -> id == surrey, filter, today), true,
                    filter.toString());
        }
    }

    @Test
    void surreyIsHighlightedAmongOtherForcesButEveryOtherFigureIsSurreysOwn() {
        Dashboard d = service.dashboard(DashboardFilter.NONE);

        assertThat(d.comparative()).isTrue();
        assertThat(d.ownOrganisation()).contains("Surrey Police");
        assertThat(d.statusByForce().data().highlightedForce()).contains("Surrey Police");
        assertThat(d.statusByForce().data().forces()).extracting(r -> r.name())
                .contains("Surrey Police", "Devon and Cornwall Police").hasSizeGreaterThan(5)
                .doesNotContain("NPCC lead for child sexual exploitation");
        assertThat(d.themesByForce().data().forces()).extracting(r -> r.name()).containsExactly("Surrey Police");

        long surreyOpen = rows.items.stream().filter(i -> i.recipientId() == surrey && Expected.open(i)).count();
        long allOpen = rows.items.stream().filter(Expected::open).count();
        assertThat(d.headline().open()).isEqualTo((int) surreyOpen).isLessThan((int) allOpen);
        assertThat(d.mayOpen("Surrey Police")).isTrue();
        assertThat(d.mayOpen("Devon and Cornwall Police")).isFalse();
    }

    @Test
    void theStatusChartsTableLinksOnlySurreysRowToTheRegister() {
        Dashboard d = service.dashboard(DashboardFilter.NONE.withWatchdog("IOPC"));
        TableLinks links = TableLinks.statusByForce(d);
        var table = org.oversight.dashboard.chart.ChartKit.build(d.statusByForce().data(),
                org.oversight.dashboard.chart.ChartStyle.of(org.oversight.dashboard.chart.ChartStyle.Variant.LIGHT)).table();

        for (var row : table.rows()) {
            var href = links.href(row, 0, "Force");
            if (row.getFirst().equals("Surrey Police")) {
                assertThat(href).as("every item of the force, whatever its status")
                        .contains("recommendations?watchdog=IOPC&force=SURREY");
                assertThat(links.href(row, 4, "Overdue")).contains("recommendations?watchdog=IOPC&force=SURREY&overdue=true");
                assertThat(links.href(row, 1, "Awaiting plan")).as("not exact: overdue items left out").isEmpty();
            } else {
                assertThat(href).as(row.getFirst()).isEmpty();
            }
        }
    }
}
