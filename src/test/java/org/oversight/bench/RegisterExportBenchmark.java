package org.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oversight.base.export.Format;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RegisterFilter;

/**
 * Memory of the national register export: the whole register (about 36,000 items at scale 1.0, 40,000 at 1.1) as
 * CSV and as XLSX, through the register service as a watchdog user, into a stream that only counts bytes. Every
 * 1,000 rows the heap is collected and what is still live is measured: an export that streams keeps that flat,
 * one that collects rows grows with them. Prints figures; the only check is the stated ceiling of
 * {@value #LIVE_HEAP_CEILING_MB} MB of live heap above what was live before the export began.
 */
class RegisterExportBenchmark {

    static final long LIVE_HEAP_CEILING_MB = 48;

    @Test
    void theNationalRegisterExportsWithinAFlatHeap() {
        for (BenchDatabase db : BenchDatabase.all()) {
            RecommendationRegister register = db.bean(RecommendationRegister.class);
            for (Format format : Format.values()) {
                Measure m = db.as("gen.hmicfrs.1", () -> measure(register, format));
                double plain = db.as("gen.hmicfrs.1", () -> time(register, format));
                BenchLine.print(String.format(Locale.ROOT,
                        "BENCH export.register.national.%s db=%s rows=%d bytes=%d seconds=%.1f seconds_with_checks=%.1f "
                                + "live_heap_growth_max_mb=%.1f live_heap_growth_at_end_mb=%.1f heap_max_mb=%d ceiling_mb=%d",
                        format.extension(), db.name, m.rows, m.bytes, plain, m.seconds, m.maxGrowth / 1048576.0,
                        m.endGrowth / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576, LIVE_HEAP_CEILING_MB));
                assertThat(m.rows).isEqualTo((long) db.as("gen.hmicfrs.1", () -> register.count(RegisterFilter.NONE)));
                assertThat(m.maxGrowth).isLessThan(LIVE_HEAP_CEILING_MB * 1048576);
            }
        }
    }

    private record Measure(long rows, long bytes, double seconds, long maxGrowth, long endGrowth) {
    }

    /** The export's own time: the same export without the forced collections every 1,000 rows. */
    private static double time(RecommendationRegister register, Format format) {
        long t0 = System.nanoTime();
        register.export(RegisterFilter.NONE, List.of(), format.writer(counting(new long[1]), "Recommendations"));
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Measure measure(RecommendationRegister register, Format format) {
        long before = liveHeap();
        long[] max = {0};
        long[] bytes = {0};
        OutputStream sink = counting(bytes);
        TableWriter out = new Checkpoints(format.writer(sink, "Recommendations"), () -> max[0] = Math.max(max[0], liveHeap() - before));
        long t0 = System.nanoTime();
        long rows = register.export(RegisterFilter.NONE, List.of(), out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long end = liveHeap() - before;
        return new Measure(rows, bytes[0], seconds, Math.max(max[0], end), end);
    }

    /** A stream that only counts the bytes written to it. */
    private static OutputStream counting(long[] bytes) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
    }

    /** Used heap after a full collection: what is still reachable. */
    private static long liveHeap() {
        ManagementFactory.getMemoryMXBean().gc();
        ManagementFactory.getMemoryMXBean().gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Passes rows on, and measures every 1,000. */
    private record Checkpoints(TableWriter delegate, Runnable check) implements TableWriter {
        private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

        @Override
        public void begin(List<Table.Heading> headings) {
            COUNT.get()[0] = 0;
            delegate.begin(headings);
        }

        @Override
        public void row(List<?> cells) {
            delegate.row(cells);
            if (++COUNT.get()[0] % 1_000 == 0) {
                check.run();
            }
        }

        @Override
        public void note(String text) {
            delegate.note(text);
        }

        @Override
        public void end() {
            delegate.end();
        }
    }
}
