package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How many actions slipped past their deadline, and by how much. */
class DeadlineSlippageChartTest {

    private final ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);

    @Test
    void seesEachMeasureInEveryBucket() {
        ChartSpec spec = DeadlineSlippageChart.build(ChartSamples.slippage(), style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(svg.texts()).contains("Deadline slippage of actions", "Moved later", "Finished late", "Overdue now",
                "1\u201330 days", "31\u201390 days", "91\u2013180 days", "Over 180 days", "22", "10", "7");
    }

    @Test
    void altTextAndTableCarryTheFiguresApart() {
        ChartSpec spec = DeadlineSlippageChart.build(ChartSamples.slippage(), style);

        assertThat(spec.altText()).isEqualTo("Deadline slippage for 120 actions: 70 on time and never moved (58%); "
                + "50 moved later, 18 finished late, 16 overdue now.");
        assertThat(spec.table().rows()).containsExactly(List.of("1\u201330 days", "22", "10", "7"),
                List.of("31\u201390 days", "14", "5", "4"), List.of("91\u2013180 days", "6", "2", "3"),
                List.of("Over 180 days", "8", "1", "2"), List.of("All", "50", "18", "16"),
                List.of("On time and never moved", "70", "", ""));
    }

    @Test
    void daysFallIntoTheStandardBuckets() {
        assertThat(List.of(-3L, 0L, 1L, 30L, 31L, 90L, 91L, 180L, 181L, 999L))
                .map(DeadlineSlippage::bucketOf)
                .containsExactly(-1, -1, 0, 0, 1, 1, 2, 2, 3, 3);
    }

    @Test
    void noActionsSaysSo() {
        ChartSpec spec = DeadlineSlippageChart.build(DeadlineSlippage.of(0, 0, new int[4], new int[4], new int[4]), style);

        assertThat(spec.empty()).isTrue();
        assertThat(Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, 400)).texts())
                .contains("No actions with a deadline in this selection" + ".");
    }
}
