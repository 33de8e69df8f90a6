package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the 44-force stacked bar takes to build and draw, for the record; asserts nothing about time
 * (the machine is shared). Kept small: a few warm-up rounds, then the median of a few more.
 */
class StatusByForceTimingTest {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 15;

    @Test
    void printsSvgAndPngTimingsForFortyFourForces() {
        StatusByForce data = ChartSamples.fortyFourForces();
        ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);
        int w = 800;
        int h = StatusByForceChart.recommendedHeight(44);

        long coldStart = System.nanoTime();
        String firstSvg = ChartRenderer.toSvg(StatusByForceChart.build(data, style).chart(), w, h);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;

        double[] build = new double[ROUNDS];
        double[] svg = new double[ROUNDS];
        double[] png = new double[ROUNDS];
        int pngBytes = 0;
        for (int i = -WARM_UP; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            ChartSpec spec = StatusByForceChart.build(data, style);
            long t1 = System.nanoTime();
            ChartRenderer.toSvg(spec.chart(), w, h);
            long t2 = System.nanoTime();
            pngBytes = ChartRenderer.toPng(StatusByForceChart.build(data, style).chart(), w, h).length;
            long t3 = System.nanoTime();
            if (i >= 0) {
                build[i] = (t1 - t0) / 1e6;
                svg[i] = (t2 - t1) / 1e6;
                png[i] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf("44-force stacked bar %dx%d: first SVG (cold) %.1f ms; median build %.2f ms, "
                        + "SVG %.2f ms (%d KB), PNG %.2f ms (%d KB), over %d rounds%n",
                w, h, coldMs, median(build), median(svg), firstSvg.length() / 1024, median(png), pngBytes / 1024,
                ROUNDS);
        assertThat(firstSvg).contains("Metropolitan Police Service");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
