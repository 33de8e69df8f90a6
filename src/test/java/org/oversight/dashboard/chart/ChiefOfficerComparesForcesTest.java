package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Status by force: a chief officer looks at their force among the others. */
class ChiefOfficerComparesForcesTest {

    private final ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);

    @Test
    void seesEveryForceWithItsSegmentCountsAndOpenTotal() {
        ChartSpec spec = StatusByForceChart.build(ChartSamples.threeForces(), style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(svg.texts()).contains("Status of recommendations by force", "Kent Police", "Surrey Police", "Sussex Police",
                "Awaiting plan", "In progress", "Reported complete", "Overdue");
        // the bars are open items only (decision 0010): closed ones are in the table, not drawn
        assertThat(svg.texts()).doesNotContain("Verified closed");
        assertThat(spec.table().headers()).contains("Verified closed");
        // open totals after the bars: Kent 13, Surrey 12, Sussex 2
        assertThat(svg.texts()).contains("13", "12", "2");
        assertThat(spec.empty()).isFalse();
    }

    @Test
    void forcesAreSortedByOpenItemsWithTheSameNumbersInTheTable() {
        ChartSpec spec = StatusByForceChart.build(ChartSamples.threeForces(), style);

        assertThat(spec.table().headers()).containsExactly("Force", "Awaiting plan", "In progress",
                "Reported complete", "Overdue", "Verified closed", "Open", "Total");
        assertThat(spec.table().rows()).containsExactly(
                List.of("Kent Police", "4", "6", "1", "2", "1", "13", "14"),
                List.of("Surrey Police", "2", "5", "2", "3", "7", "12", "19"),
                List.of("Sussex Police", "1", "1", "0", "0", "9", "2", "11"));
    }

    @Test
    void altTextNamesTheHighlightedForceAndTheLeader() {
        ChartSpec spec = StatusByForceChart.build(ChartSamples.highlighting(ChartSamples.threeForces(), "Surrey Police"), style);

        assertThat(spec.altText()).isEqualTo("Status of recommendations for 3 forces: Surrey Police has 12 open, "
                + "3 overdue; the most open items are at Kent Police (13).");
    }

    @Test
    void altTextWithoutHighlightGivesTotals() {
        ChartSpec spec = StatusByForceChart.build(ChartSamples.threeForces(), style);

        assertThat(spec.altText()).isEqualTo("Status of recommendations for 3 forces: 27 open in total, 5 overdue; "
                + "the most open items are at Kent Police (13).");
    }

    @Test
    void highlightedForceIsMarkedBoldAndOutlined() {
        ChartSpec spec = StatusByForceChart.build(ChartSamples.highlighting(ChartSamples.threeForces(), "Surrey Police"), style);
        String raw = ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight());
        Svg svg = Svg.parse(raw);

        String marked = style.highlightMarker() + " Surrey Police";
        assertThat(svg.texts()).contains(marked).doesNotContain("Surrey Police");
        assertThat(svg.styleOf(marked)).contains("font-weight: bold");
        assertThat(svg.styleOf("Kent Police")).doesNotContain("bold");
        assertThat(raw).contains("stroke-width:2.5");   // the outline round the chosen force's bar
    }

    @Test
    void withoutHighlightNoForceIsMarked() {
        ChartSpec spec = StatusByForceChart.build(ChartSamples.threeForces(), style);
        String raw = ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight());

        assertThat(raw).doesNotContain(style.highlightMarker()).doesNotContain("stroke-width:2.5");
    }

    @Test
    void fortyFourForcesAllGetARowAndTheChartGrowsTall() {
        StatusByForce data = ChartSamples.fortyFourForces();
        ChartSpec spec = StatusByForceChart.build(data, style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(spec.preferredHeight()).isEqualTo(StatusByForceChart.recommendedHeight(44))
                .isGreaterThanOrEqualTo(44 * 20);
        for (String force : ChartSamples.FORCES_OF_ENGLAND_AND_WALES) {
            String shown = force.equals("Surrey Police") ? style.highlightMarker() + " " + force : force;
            assertThat(svg.texts()).as(force).contains(shown);
        }
        assertThat(spec.altText()).startsWith("Status of recommendations for 44 forces: Surrey Police has 6 open, "
                + "1 overdue;").endsWith("the most open items are at Metropolitan Police Service (41).");
    }

    @Test
    void nothingToShowGivesTheEmptyStateInsteadOfAnEmptyAxis() {
        StatusByForce none = new StatusByForce(ChartSamples.STATUS_GROUPS,
                List.of(CountRow.of("Surrey Police", 0, 0, 0, 0, 0)));
        ChartSpec spec = StatusByForceChart.build(none, style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, 400));

        assertThat(none.isEmpty()).isTrue();
        assertThat(spec.empty()).isTrue();
        assertThat(spec.altText()).isEqualTo("No recommendations in this selection" + ".");
        // one organisation is a status breakdown, titled with its name (StatusChartNamesOrganisationsTest)
        assertThat(svg.texts()).containsExactly("Status of recommendations, Surrey Police",
                "No recommendations in this selection" + ".");
    }

    @Test
    void rowsMustMatchTheGroupsAndForcesMayNotRepeat() {
        assertThatThrownBy(() -> new StatusByForce(ChartSamples.STATUS_GROUPS, List.of(CountRow.of("Kent Police", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatusByForce(ChartSamples.STATUS_GROUPS, List.of(
                CountRow.of("Kent Police", 1, 1, 1, 1, 1), CountRow.of("Kent Police", 1, 1, 1, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
