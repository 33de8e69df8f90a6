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
        int total = charted("SURREY");
        assertThat(surrey.total()).isEqualTo(total).isPositive();
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
                + " reported complete, " + surrey.count(3) + " overdue and " + surrey.count(4) + " verified closed; "
                + open + " open.");

        // each row of the table opens the force's items in that group
        TableLinks links = TableLinks.statusByForce(d);
        List<String> overdueRow = spec.table().rows().get(labels.indexOf(StatusGroups.OVERDUE.label()));
        assertThat(links.href(overdueRow, 1, "Recommendations")).hasValueSatisfying(href ->
                assertThat(href).contains("force=SURREY").contains("overdue=true"));
        assertThat(links.href(spec.table().rows().getLast(), 0, "Status")).isPresent();
    }

    @Test
    @WithUserDetails("npcc.cse")
    void aNationalLeadGetsABreakdownOfTheirBody() {
        Dashboard d = service.dashboard(DashboardFilter.NONE);
        ChartSpec spec = StatusByForceChart.build(d.statusByForce().data(), style);

        assertThat(spec.title()).isEqualTo("Status of recommendations, NPCC lead for child sexual exploitation");
        assertThat(spec.altText()).startsWith("Status of NPCC lead for child sexual exploitation's "
                + charted("NPCC_CSE") + " recommendation");
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

    /** The organisation's items in the charted statuses, counted straight from the table. */
    private int charted(String code) {
        List<String> statuses = StatusGroups.CHARTED.stream().map(Enum::name).toList();
        String in = String.join(",", statuses.stream().map(s -> "'" + s + "'").toList());
        return jdbc.queryForObject("SELECT count(*) FROM tracked_recommendation t JOIN organisation o ON o.id = "
                + "t.recipient_id WHERE o.code = ? AND t.status IN (" + in + ")", Integer.class, code);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
