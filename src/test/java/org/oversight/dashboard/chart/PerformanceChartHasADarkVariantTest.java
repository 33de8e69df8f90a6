package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The forces-compared chart is drawn for a dark page too: its background and text follow the dashboard's style. */
class PerformanceChartHasADarkVariantTest {

    private final List<PerformanceChart.Bar> bars = List.of(new PerformanceChart.Bar("Surrey Police", 62, true),
            new PerformanceChart.Bar("Kent Police", 48, false), new PerformanceChart.Bar("National median", 55, false));

    private static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    @Test
    void eachVariantTakesTheDashboardsBackgroundAndText() {
        for (ChartStyle.Variant variant : ChartStyle.Variant.values()) {
            ChartStyle style = ChartStyle.of(variant);
            String svg = PerformanceChart.svg("Responses on time", bars, variant);

            assertThat(Svg.parse(svg).texts()).as(variant.name()).contains("Surrey Police", "National median");
            assertThat(svg).as(variant.name()).contains(rgb(style.background()), rgb(style.text()));
        }
        assertThat(PerformanceChart.svg("Responses on time", bars, ChartStyle.Variant.DARK))
                .doesNotContain(rgb(ChartStyle.of(ChartStyle.Variant.LIGHT).background()));
    }
}
