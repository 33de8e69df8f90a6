package org.oversight.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

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
     * The machine's speed while the load runs. Every few seconds one thread of the client does two fixed pieces of work
     * and counts the CPU time its own thread spent on each (so waiting for a core does not count): it hashes 8 MiB,
     * scaled to the yardstick's 256 MiB, which the core's own speed decides; and it follows 50,000 links at random
     * through 32 MiB, far more than the caches hold, which the memory's speed decides. The same jar's step cost a third
     * more CPU in one run than in another a quarter of an hour before, with the yardstick taken before and after each
     * run unmoved (docs/performance.md, "The load client lighter"): these say whether the machine was slower during a
     * step, and in what. Together they cost about 0.3 % of one core.
     */
    static final class Probe implements AutoCloseable {

        /** A step's medians: the hash's CPU ms scaled to 256 MiB, and the CPU ns of one link followed in memory. */
        record Medians(double sha256Millis, double memoryHopNanos) {
        }

        private static final int PROBE_BLOCKS = 8;
        private static final int LINKS = 8 << 20; // 32 MiB of ints
        private static final int HOPS = 50_000;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final List<double[]> samples = new ArrayList<>();
        private final Thread thread;

        Probe(Duration every) {
            thread = Thread.ofPlatform().daemon().name("machine-speed").start(() -> run(every));
        }

        private void run(Duration every) {
            byte[] block = new byte[BLOCK];
            Arrays.fill(block, (byte) 7);
            int[] next = cycle(LINKS, new Random(42));
            hash(block, PROBE_BLOCKS); // compiled before the first sample
            int at = follow(next, 0, HOPS);
            while (true) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                sink += hash(block, PROBE_BLOCKS)[0];
                long cpu1 = threads.getCurrentThreadCpuTime();
                at = follow(next, at, HOPS);
                long cpu2 = threads.getCurrentThreadCpuTime();
                sink += at;
                synchronized (samples) {
                    samples.add(new double[] {(cpu1 - cpu0) / 1e6 * BLOCKS / PROBE_BLOCKS,
                        (cpu2 - cpu1) / (double) HOPS});
                }
                try {
                    Thread.sleep(every);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }

        /** One cycle through every index in a random order (Sattolo's shuffle), so that no link is in a cache. */
        static int[] cycle(int size, Random random) {
            int[] next = new int[size];
            for (int i = 0; i < size; i++) {
                next[i] = i;
            }
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i);
                int t = next[i];
                next[i] = next[j];
                next[j] = t;
            }
            return next;
        }

        private static int follow(int[] next, int from, int hops) {
            int at = from;
            for (int i = 0; i < hops; i++) {
                at = next[at];
            }
            return at;
        }

        /** The medians of the samples since the last call (which are then forgotten); NaN when there were none. */
        Medians takeMedians() {
            List<double[]> taken;
            synchronized (samples) {
                taken = List.copyOf(samples);
                samples.clear();
            }
            return new Medians(median(taken.stream().mapToDouble(x -> x[0]).sorted().toArray()),
                    median(taken.stream().mapToDouble(x -> x[1]).sorted().toArray()));
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
