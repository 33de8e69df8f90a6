package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SVG's coordinates: two decimal places at most, trailing zeros dropped, exactly as BigDecimal would write them. */
class SvgNumbersTest {

    @Test
    void coordinatesAreWrittenToHundredthsWithoutTrailingZeros() {
        assertThat(ChartRenderer.hundredths(12.5)).isEqualTo("12.5");
        assertThat(ChartRenderer.hundredths(3)).isEqualTo("3");
        assertThat(ChartRenderer.hundredths(-0.07)).isEqualTo("-0.07");
        assertThat(ChartRenderer.hundredths(0.004)).isEqualTo("0");
        assertThat(ChartRenderer.hundredths(-0.004)).isEqualTo("0");
        assertThat(ChartRenderer.hundredths(799.999)).isEqualTo("800");
        assertThat(ChartRenderer.hundredths(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void theyAgreeWithBigDecimalOverManyValues() {
        SplittableRandom random = new SplittableRandom(81);
        for (int i = 0; i < 20_000; i++) {
            double d = (random.nextDouble() - 0.5) * 4000;
            String expected = BigDecimal.valueOf(Math.round(d * 100), 2).stripTrailingZeros().toPlainString();
            assertThat(ChartRenderer.hundredths(d)).as("%s", d).isEqualTo(expected);
        }
    }
}
