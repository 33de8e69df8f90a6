package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Open recommendations per theme per force, readable without colour. */
class ThemesByForceHeatMapTest {

    private final ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);

    @Test
    void everyNonZeroCellHasItsCountWritten() {
        ChartSpec spec = ThemesByForceChart.build(ChartSamples.themes(), style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(svg.texts()).contains("Open recommendations by theme and force", "Custody", "Stop and search", "Vetting",
                "Domestic abuse", "Surrey Police", "Kent Police", "Metropolitan Police Service");
        List<String> numbers = svg.texts().stream().filter(t -> t.matches("\\d+")).toList();
        // 12 cells, two of them zero and left blank
        assertThat(numbers).containsExactlyInAnyOrder("3", "5", "2", "7", "1", "4", "23", "11", "9", "15");
    }

    @Test
    void altTextAndTableCarryTheFigures() {
        ChartSpec spec = ThemesByForceChart.build(ChartSamples.themes(), style);

        assertThat(spec.altText()).isEqualTo("Open recommendations by theme for 3 forces: 80 theme tags in total (a recommendation with "
                + "several themes counts under each); the most "
                + "under Custody (33); the largest single figure is Metropolitan Police Service, Custody (23).");
        assertThat(spec.table().headers()).containsExactly("Force", "Custody", "Stop and search", "Vetting",
                "Domestic abuse", "Total");
        assertThat(spec.table().rows()).containsExactly(
                List.of("Surrey Police", "3", "0", "5", "2", "10"),
                List.of("Kent Police", "7", "1", "0", "4", "12"),
                List.of("Metropolitan Police Service", "23", "11", "9", "15", "58"));
    }

    @Test
    void noOpenRecommendationsSaysSo() {
        ThemesByForce none = new ThemesByForce(List.of("Custody"), List.of(CountRow.of("Kent Police", 0)));
        ChartSpec spec = ThemesByForceChart.build(none, style);

        assertThat(spec.empty()).isTrue();
        assertThat(Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, 400)).texts())
                .containsExactly("Open recommendations by theme and force", "No open recommendations in this selection" + ".");
    }
}
