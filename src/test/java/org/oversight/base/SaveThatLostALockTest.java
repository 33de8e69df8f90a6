package org.oversight.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DeadlockLoserDataAccessException;

/**
 * A save that lost a deadlock (PostgreSQL) or waited too long for a lock (H2) tells the person that someone else was
 * saving the same records and nothing of theirs was saved (decision 0133), not that the database is unreachable;
 * wrapped as a view's click passes it on or not.
 */
class SaveThatLostALockTest {

    static final String SAVED_AT_ONCE = "Someone else was saving a change to the same records at the same moment, "
            + "so yours was not saved. Try again.";

    @Test
    void aLostDeadlockOrLockSaysSomeoneElseWasSaving() {
        var deadlock = new DeadlockLoserDataAccessException("deadlock detected", new SQLException("deadlock", "40P01"));
        var lock = new CannotAcquireLockException("Timeout trying to lock table", new SQLException("lock", "HYT00"));

        assertThat(DatabaseOutage.message(deadlock)).isEqualTo(SAVED_AT_ONCE);
        assertThat(DatabaseOutage.message(new RuntimeException("click", lock))).isEqualTo(SAVED_AT_ONCE);
        assertThat(DatabaseOutage.isCause(deadlock)).as("shown as the outage is, never as the exception's text").isTrue();
    }

    @Test
    void anUnreachableDatabaseStillSaysSo() {
        assertThat(DatabaseOutage.message(new DataAccessResourceFailureException("connection refused")))
                .isEqualTo(DatabaseOutage.message())
                .startsWith("The service cannot reach its database");
    }
}
