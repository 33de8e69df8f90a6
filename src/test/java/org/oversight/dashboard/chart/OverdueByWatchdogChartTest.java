package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Overdue recommendations grouped by watchdog, one bar per kind. */
class OverdueByWatchdogChartTest {

    private final ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);

    @Test
    void seesEachWatchdogEachKindAndEveryCount() {
        ChartSpec spec = OverdueByWatchdogChart.build(ChartSamples.overdue(), style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(svg.texts()).contains("Overdue recommendations by watchdog and kind", "HMICFRS", "IOPC", "Coroner (PFD)",
                "Recommendation", "Area for improvement", "Learning", "12", "18", "7", "5", "3", "0");
    }

    @Test
    void altTextAndTableCarryTheFigures() {
        ChartSpec spec = OverdueByWatchdogChart.build(ChartSamples.overdue(), style);

        assertThat(spec.altText()).isEqualTo("Overdue recommendations by watchdog: 45 overdue across 3 watchdogs; "
                + "the most at HMICFRS (30, of which 18 area for improvement).");
        assertThat(spec.table().headers()).containsExactly("Watchdog", "Recommendation", "Area for improvement",
                "Learning", "Total");
        assertThat(spec.table().rows()).containsExactly(
                List.of("HMICFRS", "12", "18", "0", "30"),
                List.of("IOPC", "7", "0", "5", "12"),
                List.of("Coroner (PFD)", "3", "0", "0", "3"));
    }

    @Test
    void noOverdueRecommendationsSaysSo() {
        OverdueByWatchdog none = new OverdueByWatchdog(List.of("Recommendation"), List.of(CountRow.of("IOPC", 0)));
        ChartSpec spec = OverdueByWatchdogChart.build(none, style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, 400));

        assertThat(spec.empty()).isTrue();
        assertThat(svg.texts()).containsExactly("Overdue recommendations by watchdog and kind",
                "No overdue recommendations in this selection.");
        assertThat(spec.table().rows()).containsExactly(List.of("IOPC", "0", "0"));
    }

    @Test
    void aWatchdogWithNothingOverdueIsNotCountedInTheWords() {
        OverdueByWatchdog data = new OverdueByWatchdog(List.of("Recommendation"), List.of(
                CountRow.of("HMICFRS", 2), CountRow.of("IOPC", 1), CountRow.of("IICSA", 0)));

        assertThat(OverdueByWatchdogChart.build(data, style).altText())
                .startsWith("Overdue recommendations by watchdog: 3 overdue across 2 watchdogs;");
    }
}
