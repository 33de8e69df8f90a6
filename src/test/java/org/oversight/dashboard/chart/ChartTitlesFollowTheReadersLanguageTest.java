package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;

/**
 * The trend and slippage charts' titles, drawn and announced, in the reader's language: they were English constants
 * on Welsh screens.
 */
class ChartTitlesFollowTheReadersLanguageTest {

    private final ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);

    @Test
    void theTrendChartIsTitledInWelsh() {
        ChartSpec spec = Language.WELSH.speak(() -> OpenVsClosedChart.build(ChartSamples.trend(), style));
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(spec.title()).isEqualTo("Argymhellion ar agor ac wedi'u dilysu a'u cau fesul mis");
        assertThat(svg.texts()).contains("Argymhellion ar agor ac wedi'u dilysu a'u cau fesul mis")
                .doesNotContain("Open and verified-closed recommendations by month");
    }

    @Test
    void theSlippageChartIsTitledInWelsh() {
        ChartSpec spec = Language.WELSH.speak(() -> DeadlineSlippageChart.build(ChartSamples.slippage(), style));

        assertThat(spec.title()).isEqualTo("Llithriant terfynau amser camau gweithredu");
        assertThat(Language.ENGLISH.speak(() -> DeadlineSlippageChart.build(ChartSamples.slippage(), style)).title())
                .isEqualTo("Deadline slippage of actions");
    }
}
