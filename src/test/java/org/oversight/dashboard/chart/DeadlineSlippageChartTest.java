package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How many actions slipped past their deadline, and by how much. */
class DeadlineSlippageChartTest {

    private final ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);

    @Test
    void seesEveryBucketWithItsCountAndShare() {
        ChartSpec spec = DeadlineSlippageChart.build(ChartSamples.slippage(), style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(svg.texts()).contains(DeadlineSlippageChart.TITLE, "On time", "1\u201330 days", "31\u201390 days",
                "91\u2013180 days", "Over 180 days", "70 (58%)", "22 (18%)", "14 (12%)", "6 (5%)", "8 (7%)");
    }

    @Test
    void altTextAndTableCarryTheFigures() {
        ChartSpec spec = DeadlineSlippageChart.build(ChartSamples.slippage(), style);

        assertThat(spec.altText()).isEqualTo("Deadline slippage for 120 actions: 70 on time (58%), 50 slipped; "
                + "8 slipped by over 180 days.");
        assertThat(spec.table().rows()).containsExactly(List.of("On time", "70", "58%"),
                List.of("1\u201330 days", "22", "18%"), List.of("31\u201390 days", "14", "12%"),
                List.of("91\u2013180 days", "6", "5%"), List.of("Over 180 days", "8", "7%"));
    }

    @Test
    void daysLateFallIntoTheStandardBuckets() {
        assertThat(List.of(-3L, 0L, 1L, 30L, 31L, 90L, 91L, 180L, 181L, 999L))
                .map(DeadlineSlippage::bucketOf)
                .containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4);
    }

    @Test
    void noActionsSaysSo() {
        ChartSpec spec = DeadlineSlippageChart.build(DeadlineSlippage.of(0, 0, 0, 0, 0), style);

        assertThat(spec.empty()).isTrue();
        assertThat(Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, 400)).texts())
                .contains(DeadlineSlippageChart.EMPTY_MESSAGE + ".");
    }
}
