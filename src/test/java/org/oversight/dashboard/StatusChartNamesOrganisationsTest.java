package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.dashboard.chart.ChartRenderer;
import org.oversight.dashboard.chart.ChartSpec;
import org.oversight.dashboard.chart.ChartStyle;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.StatusByForceChart;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the status chart says (its text alternative and the table beneath it): forces and national bodies named
 * apart for watchdog staff, and a status breakdown, not a one-bar chart, for a user who sees one organisation.
 * Counts are checked against the organisation table, not the chart's own query.
 */
@DatabaseTest
@Transactional
class StatusChartNamesOrganisationsTest {

    @Autowired
    DashboardService service;
    @Autowired
    JdbcTemplate jdbc;

    private final ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);

    @Test
    @WithUserDetails("hmicfrs")
    void watchdogStaffReadForcesAndNationalBodiesApart() {
        Dashboard d = service.dashboard(DashboardFilter.NONE);
        ChartSpec spec = StatusByForceChart.build(d.statusByForce().data(), style);

        Map<String, String> kindByName = kinds(d.statusByForce().data().forces());
        long forces = kindByName.values().stream().filter("FORCE"::equals).count();
        long bodies = kindByName.values().stream().filter("NATIONAL_BODY"::equals).count();
        assertThat(forces).as("the demo charts forces").isGreaterThan(1);
        assertThat(bodies).as("the demo charts national bodies").isGreaterThan(1);

        assertThat(spec.altText()).startsWith("Status of recommendations for " + forces + " forces and " + bodies
                + " national bodies: ");
        assertThat(spec.altText()).doesNotContain((forces + bodies) + " forces");
        assertThat(spec.table().headers().getFirst()).isEqualTo("Force or national body");
        assertThat(spec.table().headers().getLast()).isEqualTo("Kind");
        for (List<String> row : spec.table().rows()) {
            String expected = kindByName.get(row.getFirst()).equals("FORCE") ? "Force" : "National body";
            assertThat(row.getLast()).as(row.getFirst()).isEqualTo(expected);
        }
        // the caption under the title names the same scope
        assertThat(svgText(d, spec)).contains("national bodies");
    }

    @Test
    @WithUserDetails("chief.surrey")
    void aChiefOfficersComparisonNamesOnlyForces() {
        Dashboard d = service.dashboard(DashboardFilter.NONE);
        ChartSpec spec = StatusByForceChart.build(d.statusByForce().data(), style);

        int forces = d.statusByForce().data().forces().size();
        assertThat(kinds(d.statusByForce().data().forces()).values()).containsOnly("FORCE");
        assertThat(spec.altText()).startsWith("Status of recommendations for " + forces + " forces: Surrey Police has ")
                .doesNotContain("national bod");
        assertThat(spec.table().headers().getFirst()).isEqualTo("Force");
        assertThat(spec.table().headers()).doesNotContain("Kind");
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadGetsABreakdownOfTheirForce() {
        Dashboard d = service.dashboard(DashboardFilter.NONE);
        assertThat(d.statusByForce().data().isBreakdown()).isTrue();
        CountRow surrey = d.statusByForce().data().forces().getFirst();
        ChartSpec spec = StatusByForceChart.build(d.statusByForce().data(), style);

        assertThat(spec.title()).isEqualTo("Status of recommendations, Surrey Police");
        int total = items("SURREY");
        assertThat(surrey.total()).as("every item of the force, as the register counts them").isEqualTo(total)
                .isPositive();
        int closedUnverified = surrey.count(StatusGroups.ALL.indexOf(StatusGroups.CLOSED_UNVERIFIED));
        assertThat(closedUnverified).as("the demo's 'no further action' and 'superseded' items")
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM tracked_recommendation t JOIN organisation o"
                        + " ON o.id = t.recipient_id WHERE o.code = 'SURREY'"
                        + " AND t.status IN ('CLOSED_NOT_IMPLEMENTED', 'NO_FURTHER_ACTION', 'SUPERSEDED')", Integer.class))
                .isPositive();
        assertThat(spec.table().headers()).containsExactly("Status", "Recommendations");
        List<String> labels = StatusGroups.ALL.stream().map(g -> g.label()).toList();
        assertThat(spec.table().rows()).extracting(List::getFirst)
                .containsExactlyElementsOf(concat(labels, List.of("Open", "Total")));
        for (int g = 0; g < labels.size(); g++) {
            assertThat(spec.table().rows().get(g).get(1)).as(labels.get(g)).isEqualTo(Integer.toString(surrey.count(g)));
        }
        assertThat(spec.table().rows().getLast().get(1)).isEqualTo(Integer.toString(total));
        int open = d.statusByForce().data().open(surrey);
        assertThat(spec.table().rows().get(labels.size()).get(1)).isEqualTo(Integer.toString(open));
        assertThat(d.headline().open()).as("the Open tile says the same").isEqualTo(open);
        assertThat(spec.altText()).isEqualTo("Status of Surrey Police's " + total + " recommendations: "
                + surrey.count(0) + " awaiting plan, " + surrey.count(1) + " in progress, " + surrey.count(2)
                + " reported complete, " + surrey.count(3) + " overdue, " + surrey.count(4) + " verified closed and "
                + closedUnverified + " closed for another reason; " + open + " open.");
        assertThat(svgText(d, spec)).as("the subtitle's total is every item")
                .contains("Every recommendation of Surrey Police, one bar per status; " + open + " open of " + total + ".");

        // each row of the table opens the force's items in that group
        TableLinks links = TableLinks.statusByForce(d);
        List<String> overdueRow = spec.table().rows().get(labels.indexOf(StatusGroups.OVERDUE.label()));
        assertThat(links.href(overdueRow, 1, "Recommendations")).hasValueSatisfying(href ->
                assertThat(href).contains("force=SURREY").contains("overdue=true"));
        List<String> closedRow = spec.table().rows().get(labels.indexOf(StatusGroups.CLOSED_UNVERIFIED.label()));
        assertThat(links.href(closedRow, 1, "Recommendations")).hasValue("recommendations?force=SURREY"
                + "&status=CLOSED_NOT_IMPLEMENTED&status=NO_FURTHER_ACTION&status=SUPERSEDED");
        assertThat(links.href(spec.table().rows().getLast(), 0, "Status"))
                .as("the total opens every item of the force, no status left out").hasValue("recommendations?force=SURREY");
    }

    @Test
    @WithUserDetails("npcc.cse")
    void aNationalLeadGetsABreakdownOfTheirBody() {
        Dashboard d = service.dashboard(DashboardFilter.NONE);
        ChartSpec spec = StatusByForceChart.build(d.statusByForce().data(), style);

        assertThat(spec.title()).isEqualTo("Status of recommendations, NPCC lead for child sexual exploitation");
        assertThat(spec.altText()).startsWith("Status of NPCC lead for child sexual exploitation's "
                + items("NPCC_CSE") + " recommendation");
        assertThat(spec.table().headers()).containsExactly("Status", "Recommendations");
    }

    private static String svgText(Dashboard d, ChartSpec spec) {
        return ChartRenderer.toSvg(spec.chart(), 900, spec.preferredHeight());
    }

    private Map<String, String> kinds(List<CountRow> rows) {
        Map<String, String> kinds = new java.util.HashMap<>();
        for (CountRow row : rows) {
            kinds.put(row.name(), jdbc.queryForObject("SELECT kind FROM organisation WHERE name = ?", String.class,
                    row.name()));
        }
        return kinds;
    }

    /** The organisation's items, whatever their status, counted straight from the table. */
    private int items(String code) {
        return jdbc.queryForObject("SELECT count(*) FROM tracked_recommendation t JOIN organisation o ON o.id = "
                + "t.recipient_id WHERE o.code = ?", Integer.class, code);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
