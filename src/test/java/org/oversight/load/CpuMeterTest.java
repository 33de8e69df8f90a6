package org.oversight.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The load test's CPU figures: a process's ticks as Linux writes them, and what a window cost per step. */
class CpuMeterTest {

    @Test
    void readsUserAndSystemTicksEvenWhenTheCommandHasSpacesAndParentheses() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
        String stat = "4242 (postgres: oversight (x) idle) S 1 4242 4242 0 -1 4194560 120 0 0 0 731 52 0 0 20 0 1 0";
        assertThat(CpuMeter.ticksOf(stat)).isEqualTo(731 + 52);
    }

    @Test
    void aWindowsCostIsTheDifferenceDividedByTheStepsDone() {
        CpuMeter.Reading start = new CpuMeter.Reading(1_000, 500, 100, 40);
        CpuMeter.Reading end = new CpuMeter.Reading(3_000, 1_500, 300, 240);

        assertThat(end.minus(start).perStep(100)).isEqualTo(
                "cpu_ms_per_step=20.0 db_cpu_ms_per_step=10.0 client_cpu_ms_per_step=2.0 db_transactions_per_step=2.0");
    }
}
