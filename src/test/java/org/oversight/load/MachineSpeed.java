package org.oversight.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A yardstick for the machine itself: the milliseconds one thread takes to hash a fixed 256 MiB with SHA-256, the
 * best of three, measured while nothing of the test runs. On a shared or virtual machine the same code held 300 to
 * 450 sessions in four runs in a row (docs/performance.md, "Work a step need not do"), and the load generator's and
 * the database's CPU a step rose with the node's in the slow runs: this says how fast the machine was, so that runs
 * can be compared.
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
