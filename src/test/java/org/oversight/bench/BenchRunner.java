package org.oversight.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times cases: warm-up rounds (JIT, caches, the database's buffers), then timed rounds, reported as p50 and p95
 * of the sorted timings. Prints one line per case,
 * {@code BENCH <name> db=<h2|postgres> p50_ms=<x> p95_ms=<y> [floor_p95_ms=<z> ratio=<y/z>]}, and appends it to
 * target/bench/results.txt with the machine's load, since a shared machine's figures mean little without it.
 */
final class BenchRunner {

    /** Results so far per database, so that a case can be compared with a floor timed earlier. */
    private static final Map<String, Result> RESULTS = new HashMap<>();
    private static final Path RESULTS_FILE = Path.of("target", "bench", "results.txt");
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

    List<Result> run(String db, List<BenchCase> cases) {
        return cases.stream().map(c -> run(db, c)).toList();
    }

    Result run(String db, BenchCase c) {
        for (int i = 0; i < settings.warmup(); i++) {
            sink += System.identityHashCode(c.work().get());
        }
        double[] ms = new double[settings.iterations()];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            Object result = c.work().get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            sink += System.identityHashCode(result);
        }
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
        System.out.println(r.line());
        record(r.line() + String.format(Locale.ROOT, "   # load %.1f", loadAverage()));
        return r;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static void record(String line) {
        try {
            Files.createDirectories(RESULTS_FILE.getParent());
            Files.writeString(RESULTS_FILE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
