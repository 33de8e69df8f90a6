package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.dashboard.chart.OpenVsClosedTrend.MonthCounts;

/** Open against verified-closed recommendations, month by month over three years. */
class AnalystFollowsOpenVsClosedTrendTest {

    private final ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);

    @Test
    void seesTheSeriesTheMonthsAndTheLatestFigures() {
        ChartSpec spec = OpenVsClosedChart.build(ChartSamples.trend(), style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(svg.texts()).contains("Open and verified-closed recommendations by month", "Open", "Verified closed", "Overdue",
                "Dec 2023", "Jun 2024", "Dec 2025");
        // the last month's values written after the lines: 120 - 35*2 + 3 = 53 open, 150 closed, 20 overdue
        assertThat(svg.texts()).contains("53", "150", "20");
    }

    @Test
    void altTextSaysWhereEachLineStartedAndEnded() {
        ChartSpec spec = OpenVsClosedChart.build(ChartSamples.trend(), style);

        assertThat(spec.altText()).isEqualTo("Recommendations per month, Dec 2023 to Nov 2026: Open fell from 120 "
                + "to 53, Verified closed rose from 10 to 150 and Overdue rose from 15 to 20.");
    }

    @Test
    void tableHasOneRowPerMonthWithTheInputNumbers() {
        ChartSpec spec = OpenVsClosedChart.build(ChartSamples.trend(), style);

        assertThat(spec.table().headers()).containsExactly("Month", "Open", "Verified closed", "Overdue");
        assertThat(spec.table().rows()).hasSize(36);
        assertThat(spec.table().rows().getFirst()).containsExactly("Dec 2023", "120", "10", "15");
        assertThat(spec.table().rows().getLast()).containsExactly("Nov 2026", "53", "150", "20");
    }

    @Test
    void onlyTheLatestThreeYearsAreShownWhateverOrderTheMonthsCameIn() {
        List<MonthCounts> months = new ArrayList<>();
        for (int i = 47; i >= 0; i--) {   // four years, newest first
            months.add(MonthCounts.of(YearMonth.of(2022, 12).plusMonths(i), i, 100 - i));
        }
        ChartSpec spec = OpenVsClosedChart.build(new OpenVsClosedTrend(List.of("Open", "Verified closed"), months),
                style);

        assertThat(spec.table().rows()).hasSize(OpenVsClosedTrend.WINDOW_MONTHS);
        assertThat(spec.table().rows().getFirst()).containsExactly("Dec 2023", "12", "88");
        assertThat(spec.table().rows().getLast()).containsExactly("Nov 2026", "47", "53");
    }

    @Test
    void nothingToShowGivesTheEmptyState() {
        OpenVsClosedTrend none = new OpenVsClosedTrend(List.of("Open", "Verified closed"), List.of());
        ChartSpec spec = OpenVsClosedChart.build(none, style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, 400));

        assertThat(spec.empty()).isTrue();
        assertThat(svg.texts()).contains("No recommendations in this period" + ".");
        assertThat(spec.altText()).isEqualTo("No recommendations in this period" + ".");
    }
}
