package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the dashboard view gets from the kit in one call: an SVG, its alt text and its table. */
class ViewShowsChartKitOutputTest {

    private final ChartKit kit = new ChartKit();

    @Test
    void oneCallGivesSvgAltTextAndTableAtThePreferredHeight() {
        RenderedChart chart = kit.svg(ChartSamples.fortyFourForces(), ChartStyle.Variant.LIGHT);

        assertThat(chart.title()).isEqualTo("Status of recommendations by force");
        assertThat(chart.empty()).isFalse();
        assertThat(chart.altText()).contains("44 forces", "Surrey Police has 6 open");
        assertThat(chart.table().rows()).hasSize(44);
        assertThat(Svg.parse(chart.svg()).root().getAttribute("viewBox"))
                .isEqualTo("0 0 800 " + StatusByForceChart.recommendedHeight(44));
    }

    @Test
    void emptySelectionComesBackMarkedEmptyWithItsMessage() {
        RenderedChart chart = kit.svg(new OverdueByWatchdog(List.of("Recommendation"), List.of()),
                ChartStyle.Variant.DARK);

        assertThat(chart.empty()).isTrue();
        assertThat(chart.altText()).isEqualTo("No overdue recommendations in this selection.");
        assertThat(Svg.parse(chart.svg()).texts()).contains("No overdue recommendations in this selection.");
        assertThat(chart.table().isEmpty()).isTrue();
    }

    @Test
    void everyKindOfDataHasABuilderAndAHeight() {
        List<ChartData> all = List.of(ChartSamples.threeForces(), ChartSamples.trend(), ChartSamples.overdue(),
                ChartSamples.slippage(), ChartSamples.themes(), ChartSamples.plan());
        for (ChartData data : all) {
            ChartSpec spec = ChartKit.build(data, ChartStyle.of(ChartStyle.Variant.LIGHT));
            assertThat(ChartKit.preferredHeight(data)).as(data.getClass().getSimpleName())
                    .isEqualTo(spec.preferredHeight()).isGreaterThanOrEqualTo(300);
        }
    }
}
