package org.oversight.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The one way a benchmark prints a figure: the line, then the machine's cores and load average while it ran (a shared
 * machine's figures mean little without them), on standard output and appended to target/bench/results.txt.
 * Every {@code BENCH …} line of the -Pbench benchmarks and of the load test goes through {@link #print}.
 */
public final class BenchLine {

    private static final Path RESULTS_FILE = Path.of("target", "bench", "results.txt");

    private BenchLine() {
    }

    /** Prints {@code line cores=<n> load=<1-minute load average>} and keeps it in the results file; returns it. */
    public static String print(String line) {
        String full = line + String.format(Locale.ROOT, " cores=%d load=%.2f", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        System.out.println(full);
        record(full);
        return full;
    }

    /** The 1-minute load average of the machine (all processes, not only this one). */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Appends a line (a figure or a comment starting with #) to target/bench/results.txt as it is. */
    public static void record(String line) {
        try {
            Files.createDirectories(RESULTS_FILE.getParent());
            Files.writeString(RESULTS_FILE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
