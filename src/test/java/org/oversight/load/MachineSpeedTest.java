package org.oversight.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The machine's yardstick while the load runs: a median of what each sample cost, scaled to 256 MiB. */
class MachineSpeedTest {

    @Test
    void theMedianOfAStepsSamples() {
        assertThat(MachineSpeed.Probe.median(new double[] {140, 150, 190})).isEqualTo(150);
        assertThat(MachineSpeed.Probe.median(new double[] {140, 150, 160, 190})).isEqualTo(155);
        assertThat(MachineSpeed.Probe.median(new double[] {})).isNaN();
    }

    @Test
    void theProbeReportsTheCpuTimeOfTheFixedWorkAndForgetsWhatItReported() throws InterruptedException {
        double yardstick = MachineSpeed.millis();
        // one sample at once, the next a minute later
        try (MachineSpeed.Probe probe = new MachineSpeed.Probe(Duration.ofMinutes(1))) {
            double first = Double.NaN;
            for (int i = 0; i < 100 && Double.isNaN(first); i++) {
                Thread.sleep(50);
                first = probe.takeMedian();
            }

            // 8 MiB scaled to 256: of the yardstick's order (its CPU time, where the yardstick is the wall clock's)
            assertThat(first).isGreaterThan(yardstick / 3).isLessThan(yardstick * 3);
            assertThat(probe.takeMedian()).as("nothing sampled since it was reported").isNaN();
        }
    }
}
