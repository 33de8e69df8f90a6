package org.oversight.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times cases: warm-up rounds (JIT, caches, the database's buffers), then timed rounds, reported as p50 and p95
 * of the sorted timings; a case stops early (after at least 5 rounds) when it has used its time budget. Prints one line per case,
 * {@code BENCH <name> db=<h2|postgres> p50_ms=<x> p95_ms=<y> [floor_p95_ms=<z> ratio=<y/z>] rounds=<n> cores=<c> load=<l>}
 * through {@link BenchLine}, which adds the machine's load and keeps the line in target/bench/results.txt.
 */
final class BenchRunner {

    /** Results so far per database, so that a case can be compared with a floor timed earlier. */
    private static final Map<String, Result> RESULTS = new HashMap<>();
    private static final int MIN_ROUNDS = 5;
    /** Keeps every result reachable, so no work is optimised away. */
    static volatile int sink;

    record Result(String name, String db, double p50, double p95, Double floorP95) {
        String line() {
            String base = String.format(Locale.ROOT, "BENCH %s db=%s p50_ms=%.2f p95_ms=%.2f", name, db, p50, p95);
            return floorP95 == null ? base
                    : base + String.format(Locale.ROOT, " floor_p95_ms=%.2f ratio=%.2f", floorP95, p95 / floorP95);
        }
    }

    private final BenchSettings settings;

    BenchRunner(BenchSettings settings) {
        this.settings = settings;
    }

    /**
     * Every case, or with {@code -Dbench.only=a,b} only those whose name contains one of the pieces (while iterating
     * on one case; a floor is compared by name, so pick pieces its floor's name contains too).
     */
    List<Result> run(String db, List<BenchCase> cases) {
        String only = System.getProperty("bench.only", "");
        List<String> pieces = Arrays.stream(only.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return cases.stream().filter(c -> pieces.isEmpty() || pieces.stream().anyMatch(c.name()::contains))
                .map(c -> run(db, c)).toList();
    }

    Result run(String db, BenchCase c) {
        // bounded in time as well as in rounds, so that one slow case cannot hold up the run
        long warmUntil = System.nanoTime() + settings.budgetSeconds() * 250_000_000L;
        for (int i = 0; i < settings.warmup() && (i < MIN_ROUNDS || System.nanoTime() < warmUntil); i++) {
            sink += System.identityHashCode(c.work().get());
        }
        long timeUntil = System.nanoTime() + settings.budgetSeconds() * 1_000_000_000L;
        double[] ms = new double[settings.iterations()];
        int n = 0;
        while (n < ms.length && (n < MIN_ROUNDS || System.nanoTime() < timeUntil)) {
            long t0 = System.nanoTime();
            Object result = c.work().get();
            ms[n++] = (System.nanoTime() - t0) / 1e6;
            sink += System.identityHashCode(result);
        }
        ms = Arrays.copyOf(ms, n);
        Arrays.sort(ms);
        Double floor = null;
        if (c.floor() != null) {
            Result f = RESULTS.get(db + "/" + c.floor());
            if (f == null) {
                throw new IllegalStateException(c.name() + " is compared with " + c.floor() + ", which has not run on " + db);
            }
            floor = f.p95();
        }
        Result r = new Result(c.name(), db, percentile(ms, 0.50), percentile(ms, 0.95), floor);
        RESULTS.put(db + "/" + c.name(), r);
        BenchLine.print(r.line() + " rounds=" + n);
        return r;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static void record(String line) {
        BenchLine.record(line);
    }
}
