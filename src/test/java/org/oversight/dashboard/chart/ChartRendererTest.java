package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every chart comes out as a responsive SVG and as a PNG of the size asked for, light and dark. */
class ChartRendererTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static Stream<Arguments> everyChartInBothVariants() {
        List<ChartData> samples = List.of(ChartSamples.fortyFourForces(), ChartSamples.trend(),
                ChartSamples.overdue(), ChartSamples.slippage(), ChartSamples.themes(), ChartSamples.plan());
        return Arrays.stream(ChartStyle.Variant.values())
                .flatMap(v -> samples.stream().map(d -> Arguments.of(d.getClass().getSimpleName(), v, d)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyChartInBothVariants")
    void pngHasTheSignatureAndTheRequestedSize(String kind, ChartStyle.Variant variant, ChartData data)
            throws IOException {
        ChartSpec spec = ChartKit.build(data, ChartStyle.of(variant));
        byte[] png = ChartRenderer.toPng(spec.chart(), 640, 480);

        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
        // the page colour of the variant in the top-left corner
        assertThat(image.getRGB(1, 1) & 0xffffff).isEqualTo(ChartStyle.of(variant).background().getRGB() & 0xffffff);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyChartInBothVariants")
    void svgScalesWithItsContainerAndCarriesItsTitle(String kind, ChartStyle.Variant variant, ChartData data) {
        ChartSpec spec = ChartKit.build(data, ChartStyle.of(variant));
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight()));

        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 800 " + spec.preferredHeight());
        assertThat(svg.root().hasAttribute("width")).isFalse();
        assertThat(svg.root().hasAttribute("height")).isFalse();
        assertThat(svg.root().getAttribute("preserveAspectRatio")).isEqualTo("xMidYMid meet");
        assertThat(svg.texts()).contains(spec.title());
        assertThat(spec.altText()).isNotBlank().endsWith(".");
    }

    @Test
    void namesWithAmpersandsAndQuotesStayWellFormed() {
        StatusByForce data = new StatusByForce(ChartSamples.STATUS_GROUPS, List.of(
                CountRow.of("Avon & Somerset <Constabulary>", 1, 2, 3, 4, 5),
                CountRow.of("O'Brien's \"Force\"", 1, 1, 1, 1, 1)));
        Svg svg = Svg.parse(ChartRenderer.toSvg(StatusByForceChart.build(data, ChartStyle.of(ChartStyle.Variant.LIGHT)).chart(), 800, 400));

        assertThat(svg.texts()).contains("Avon & Somerset <Constabulary>", "O'Brien's \"Force\"");
    }

    @Test
    void sameChartAndPrefixGiveTheSameSvgAndTheFontFallsBackInTheBrowser() {
        ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);
        String first = ChartRenderer.toSvg(StatusByForceChart.build(ChartSamples.threeForces(), style).chart(), 800,
                400, "x-");
        String second = ChartRenderer.toSvg(StatusByForceChart.build(ChartSamples.threeForces(), style).chart(), 800,
                400, "x-");

        assertThat(first).isEqualTo(second);
        assertThat(first).contains("sans-serif").doesNotContain("'oc");
    }
}
