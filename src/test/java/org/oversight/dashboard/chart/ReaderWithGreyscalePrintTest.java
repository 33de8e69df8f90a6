package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Someone reading a printout in black and white, or with a colour-vision deficiency, can still tell series apart:
 * by grey level, or where two are close, by pattern. Measured with plain Rec. 601 luma, not with the CIE lightness
 * the palette was designed in, so the check does not just repeat the design.
 */
class ReaderWithGreyscalePrintTest {

    @ParameterizedTest
    @EnumSource(ChartStyle.Variant.class)
    void statusSegmentsDifferByGreyLevelOrPattern(ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        List<ChartStyle.SeriesLook> looks = StatusByForceChart.looks(ChartSamples.STATUS_GROUPS, style);
        for (int i = 0; i < looks.size(); i++) {
            for (int j = i + 1; j < looks.size(); j++) {
                ChartStyle.SeriesLook a = looks.get(i);
                ChartStyle.SeriesLook b = looks.get(j);
                int greyGap = Math.abs(grey(a.fill()) - grey(b.fill()));
                assertThat(greyGap >= 30 || (greyGap >= 12 && a.hatch() != b.hatch()))
                        .as("%s: series %d and %d (grey gap %d, %s / %s)", variant, i, j, greyGap, a.hatch(), b.hatch())
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChartStyle.Variant.class)
    void everySeriesStandsOutFromThePage(ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        for (int i = 0; i < style.seriesCount(); i++) {
            assertThat(Math.abs(grey(style.series(i).fill()) - grey(style.background())))
                    .as("%s series %d against the background", variant, i).isGreaterThanOrEqualTo(25);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(contrast(style.line(i).colour(), style.background()))
                    .as("%s line %d", variant, i).isGreaterThanOrEqualTo(1.9);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartStyle.Variant.class)
    void textMeetsWcagContrast(ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        assertThat(contrast(style.text(), style.background())).isGreaterThanOrEqualTo(7.0);
        assertThat(contrast(style.secondaryText(), style.background())).isGreaterThanOrEqualTo(4.5);
        for (int i = 0; i < style.seriesCount(); i++) {
            ChartStyle.SeriesLook look = style.series(i);
            assertThat(contrast(look.label(), look.fill())).as("%s label on series %d", variant, i)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartStyle.Variant.class)
    void heatMapRampGetsSteadilyFurtherFromThePage(ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        int page = grey(style.background());
        int previous = -1;
        for (double t = 0; t <= 1.0001; t += 0.25) {
            int distance = Math.abs(grey(style.sequential(t)) - page);
            assertThat(distance).as("%s at %.2f", variant, t).isGreaterThan(previous);
            previous = distance;
        }
    }

    private static int grey(Color c) {
        return Pixels.grey(c.getRGB());
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
