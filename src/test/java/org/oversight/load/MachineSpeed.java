package org.oversight.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A yardstick for the machine itself: the milliseconds one thread takes to hash a fixed 256 MiB with SHA-256, the
 * best of three, measured while nothing of the test runs. On a shared or virtual machine the same code held 300 to
 * 450 sessions in four runs in a row (docs/performance.md, "Work a step need not do"), and the load generator's and
 * the database's CPU a step rose with the node's in the slow runs: this says how fast the machine was, so that runs
 * can be compared. {@link Probe} measures the same while the load runs.
 */
final class MachineSpeed {

    private static final int BLOCK = 1 << 20;
    private static final int BLOCKS = 256;
    /** The hashes' last bytes, kept so that the work cannot be left out. */
    private static volatile int sink;

    private MachineSpeed() {
    }

    /** The best of three timings of the fixed work, in milliseconds (after one round to compile it). */
    static double millis() {
        byte[] block = new byte[BLOCK];
        Arrays.fill(block, (byte) 7);
        hash(block, 16);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            sink += hash(block, BLOCKS)[0];
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }

    /**
     * The machine's speed while the load runs: every few seconds one thread hashes 8 MiB and counts the CPU time its
     * own thread spent on it (so waiting for a core does not count), scaled to the yardstick's 256 MiB. The same jar's
     * step cost a third more CPU in one run than in another a quarter of an hour before, with the yardstick taken
     * before and after each run unmoved (docs/performance.md, "The load client lighter"): this says whether the
     * machine itself was slower during a step. It costs about 0.2 % of one core.
     */
    static final class Probe implements AutoCloseable {

        private static final int PROBE_BLOCKS = 8;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final List<Double> samples = new ArrayList<>();
        private final Thread thread;

        Probe(Duration every) {
            thread = Thread.ofPlatform().daemon().name("machine-speed").start(() -> run(every));
        }

        private void run(Duration every) {
            byte[] block = new byte[BLOCK];
            Arrays.fill(block, (byte) 7);
            hash(block, PROBE_BLOCKS); // compiled before the first sample
            while (true) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                sink += hash(block, PROBE_BLOCKS)[0];
                double millis = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 * BLOCKS / PROBE_BLOCKS;
                synchronized (samples) {
                    samples.add(millis);
                }
                try {
                    Thread.sleep(every);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }

        /** The median of the samples taken since the last call (which are then forgotten); NaN when there were none. */
        double takeMedian() {
            double[] taken;
            synchronized (samples) {
                taken = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                samples.clear();
            }
            return median(taken);
        }

        static double median(double[] sorted) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    private static byte[] hash(byte[] block, int blocks) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < blocks; i++) {
                sha.update(block);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
