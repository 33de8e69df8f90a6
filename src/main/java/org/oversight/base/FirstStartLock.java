package org.oversight.base;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Serialises the work that fills a database at start (demo accounts, demo data, the first administrator) across nodes
 * that start at the same moment: a ShedLock row in the database (the scheduler's lock table). A node that finds the
 * lock held waits for it, then runs its own check-then-insert and finds the work done, so neither crashes on a
 * duplicate key nor duplicates anything. The task should run (and commit) its own transaction inside.
 */
@Component
public class FirstStartLock {

    static final String NAME = "first-start";
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    private final LockingTaskExecutor locks;

    FirstStartLock(LockingTaskExecutor locks) {
        this.locks = locks;
    }

    public void runAlone(Runnable task) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (true) {
            LockingTaskExecutor.TaskResult<Boolean> result;
            try {
                result = locks.executeWithLock(() -> {
                    task.run();
                    return Boolean.TRUE;
                }, new LockConfiguration(Instant.now(), NAME, AT_MOST, Duration.ZERO));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (result.wasExecuted()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another node has held the start-up lock '" + NAME + "' for "
                        + AT_MOST.toMinutes() + " minutes; if it crashed, wait for the lock to run out and restart."); // i18n-ok: a start-up failure, for operators
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
            }
        }
    }
}
