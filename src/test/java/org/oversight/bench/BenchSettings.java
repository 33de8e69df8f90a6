package org.oversight.bench;

import java.time.LocalDate;

/**
 * The knobs, as system properties (the bench Maven profile passes them on): -Dbench.scale=1.0 -Dbench.seed=42
 * -Dbench.warmup=15 -Dbench.iterations=40 -Dbench.budget-seconds=20 (per case; at least 5 rounds)
 * -Dbench.reuse=true. With reuse, a database generated earlier with the
 * same scale, seed and day is used again (the generator is deterministic, so it holds the same rows).
 */
record BenchSettings(double scale, long seed, int warmup, int iterations, int budgetSeconds, boolean reuse, LocalDate today) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Double.parseDouble(System.getProperty("bench.scale", "1.0")),
                Long.parseLong(System.getProperty("bench.seed", "42")),
                Integer.parseInt(System.getProperty("bench.warmup", "15")),
                Integer.parseInt(System.getProperty("bench.iterations", "40")),
                Integer.parseInt(System.getProperty("bench.budget-seconds", "20")),
                Boolean.parseBoolean(System.getProperty("bench.reuse", "true")),
                System.getProperty("bench.today") == null || System.getProperty("bench.today").isBlank()
                        ? LocalDate.now(java.time.ZoneId.of("Europe/London")) : LocalDate.parse(System.getProperty("bench.today")));
    }

    String key() {
        return "scale-" + scale + "-seed-" + seed + "-" + today;
    }
}
