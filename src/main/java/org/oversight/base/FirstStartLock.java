package org.oversight.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Serialises the work that fills a database at start (demo accounts, demo data, the first administrator) across nodes
 * that start at the same moment. A node that finds the lock held waits for it, then runs its own check-then-insert and
 * finds the work done, so neither crashes on a duplicate key nor duplicates anything. The task should run (and commit)
 * its own transaction inside.
 *
 * <p>The lock is a row lock ({@code SELECT … FOR UPDATE NOWAIT} on the {@code first-start} row of the shedlock table)
 * held by an open transaction on a connection of its own for as long as the task runs, and given back by rolling that
 * transaction back. It is tied to the holder's database session, not to a time: a start that is killed takes its
 * session, and so the lock, with it (PostgreSQL ends the session when the connection drops; an embedded H2 database
 * closes with the process), and the next start goes ahead at once instead of waiting for a hold time to run out
 * (decision 0121; the row's {@code lock_until}, which ShedLock used, is not read).
 */
@Component
public class FirstStartLock {

    static final String NAME = "first-start";
    private static final Duration AT_MOST = Duration.ofMinutes(10);
    private static final long RETRY_MILLIS = 200;
    /** "Could not lock at once": PostgreSQL's lock_not_available, H2's lock time-out. */
    private static final Set<String> HELD = Set.of("55P03", "HYT00");
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    FirstStartLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void runAlone(Runnable task) {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try {
                acquire(lock);
                task.run();
            } finally {
                lock.rollback(); // gives the lock back; nothing was written on this connection
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The start-up lock '" + NAME + "' could not be taken or given back", e); // i18n-ok: a start-up failure, for operators
        }
    }

    private void acquire(Connection lock) throws SQLException {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        ensureRow(lock);
        while (true) {
            try (PreparedStatement select = lock.prepareStatement(
                    "SELECT name FROM shedlock WHERE name = ? FOR UPDATE NOWAIT")) {
                select.setString(1, NAME);
                select.executeQuery().close();
                return;
            } catch (SQLException e) {
                if (!HELD.contains(e.getSQLState())) {
                    throw e;
                }
                lock.rollback();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another node has held the start-up lock '" + NAME + "' for "
                        + AT_MOST.toMinutes() + " minutes while starting; it is still running."); // i18n-ok: a start-up failure, for operators
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the start-up lock", e); // i18n-ok: a start-up failure, for operators
            }
        }
    }

    /** The row to lock, made (and committed) once per database; two nodes making it at once is fine. */
    private static void ensureRow(Connection lock) throws SQLException {
        try (PreparedStatement insert = lock.prepareStatement("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) "
                + "SELECT ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'first start' WHERE NOT EXISTS "
                + "(SELECT 1 FROM shedlock WHERE name = ?)")) {
            insert.setString(1, NAME);
            insert.setString(2, NAME);
            insert.executeUpdate();
            lock.commit();
        } catch (SQLException e) {
            lock.rollback();
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
