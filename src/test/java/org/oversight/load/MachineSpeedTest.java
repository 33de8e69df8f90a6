package org.oversight.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The machine's yardsticks while the load runs: the medians of what each sample of fixed work cost. */
class MachineSpeedTest {

    @Test
    void theLinksInMemoryMakeOneCycleThroughEveryIndex() {
        int[] next = MachineSpeed.Probe.cycle(1_000, new Random(1));
        Set<Integer> seen = new HashSet<>();
        int at = 0;
        for (int i = 0; i < 1_000; i++) {
            seen.add(at);
            at = next[at];
        }

        assertThat(seen).hasSize(1_000);
        assertThat(at).as("back where it started after every index").isZero();
    }

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
            MachineSpeed.Probe.Medians first = probe.takeMedians();
            for (int i = 0; i < 200 && Double.isNaN(first.sha256Millis()); i++) {
                Thread.sleep(50);
                first = probe.takeMedians();
            }

            // 8 MiB scaled to 256: of the yardstick's order (its CPU time, where the yardstick is the wall clock's)
            assertThat(first.sha256Millis()).isGreaterThan(yardstick / 3).isLessThan(yardstick * 3);
            // a link followed in memory: more than a cached read, less than a disc's
            assertThat(first.memoryHopNanos()).isGreaterThan(1).isLessThan(10_000);
            MachineSpeed.Probe.Medians next = probe.takeMedians();
            assertThat(next.sha256Millis()).as("nothing sampled since it was reported").isNaN();
            assertThat(next.memoryHopNanos()).isNaN();
        }
    }
}
