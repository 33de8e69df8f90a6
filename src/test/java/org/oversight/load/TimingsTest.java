package org.oversight.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachTenSecondsHasItsOwnP95InOrderAndAnEmptyTenSecondsIsADash() {
        Timings t = new Timings();
        long start = t.startedNanos();
        for (int i = 1; i <= 20; i++) {
            t.record("dashboard", i * 100, start + 2 * SECOND); // 100 … 2,000 ms in the first ten seconds
        }
        t.record("item", 40, start + 15 * SECOND);
        t.record("item", 60, start + 19 * SECOND);
        t.record("plan", 70, start + 35 * SECOND);

        assertThat(t.p95ByTenSeconds()).isEqualTo("1900/60/-/70");
        assertThat(t.all()).hasSize(23);
        assertThat(t.steps().get("item")).containsExactly(40, 60);
    }

    @Test
    void aWindowWithoutStepsHasNoTenSeconds() {
        assertThat(new Timings().p95ByTenSeconds()).isEmpty();
    }
}
