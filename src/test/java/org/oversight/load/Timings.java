package org.oversight.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the users waited for in one measuring window: the time of every step (from the first request of a user's
 * action to the last answer it needed), by step, and every error with its message (the first few kept).
 */
final class Timings {

    private static final long SLICE_NANOS = 10_000_000_000L;
    private final Map<String, ConcurrentLinkedQueue<Double>> byStep = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private final Map<Integer, ConcurrentLinkedQueue<Double>> bySlice = new ConcurrentHashMap<>();
    private final long startedNanos = System.nanoTime();

    void record(String step, double ms) {
        record(step, ms, System.nanoTime());
    }

    /** A step that ended at {@code endNanos} ({@link System#nanoTime()}): counted in its step and its ten seconds. */
    void record(String step, double ms, long endNanos) {
        byStep.computeIfAbsent(step, k -> new ConcurrentLinkedQueue<>()).add(ms);
        int slice = (int) Math.max(0, (endNanos - startedNanos) / SLICE_NANOS);
        bySlice.computeIfAbsent(slice, k -> new ConcurrentLinkedQueue<>()).add(ms);
    }

    /**
     * The p95 of each ten seconds of the window, in order ({@code 1864/640/…}, "-" for ten seconds without a step): shows
     * whether the window's p95 is the whole window's or a burst's, such as the sign-ins of the sessions a step opens.
     */
    String p95ByTenSeconds() {
        int last = bySlice.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        return IntStream.rangeClosed(0, last).mapToObj(bySlice::get).map(times -> times == null ? "-"
                : String.format(Locale.ROOT, "%.0f", percentile(sorted(new ArrayList<>(times)), 0.95)))
                .collect(Collectors.joining("/"));
    }

    long startedNanos() {
        return startedNanos;
    }

    void error(String step, Throwable e) {
        errors.incrementAndGet();
        if (firstErrors.size() < 5) {
            firstErrors.add(step + ": " + e);
        }
    }

    long errors() {
        return errors.get();
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Every step's times together, sorted. */
    double[] all() {
        List<Double> all = new ArrayList<>();
        byStep.values().forEach(all::addAll);
        return sorted(all);
    }

    /** Each step's times, sorted, by step name. */
    Map<String, double[]> steps() {
        Map<String, double[]> m = new TreeMap<>();
        byStep.forEach((k, v) -> m.put(k, sorted(new ArrayList<>(v))));
        return m;
    }

    private static double[] sorted(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** {@code p50_ms=… p95_ms=… max_ms=… steps=…} for one set of times. */
    static String figures(double[] sorted) {
        return String.format(Locale.ROOT, "p50_ms=%.0f p95_ms=%.0f max_ms=%.0f steps=%d", percentile(sorted, 0.5),
                percentile(sorted, 0.95), sorted.length == 0 ? 0 : sorted[sorted.length - 1], sorted.length);
    }
}
