package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.SHEDLOCK;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nodes share one database: the scheduled method runs only on the node that holds the ShedLock row. The
 * "other node" here takes the lock through the same provider, as ShedLock on another JVM would.
 */
@DatabaseTest
@OwnDatabase
class ReminderJobRunsOnceAcrossNodesTest {

    @Autowired
    ReminderJob job;
    @Autowired
    LockProvider locks;
    @Autowired
    DSLContext dsl;

    @Test
    void whileAnotherNodeHoldsTheLockTheJobDoesNotRunHereAndAfterwardsItRunsOnce() {
        Optional<SimpleLock> otherNode = locks.lock(new LockConfiguration(Instant.now(), ReminderJob.LOCK,
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(otherNode).as("the lock is free to take").isPresent();
        Optional<ReminderJob.LastRun> before = job.lastRun();

        job.run();

        assertThat(job.lastRun()).as("skipped while the other node runs").isEqualTo(before);

        otherNode.get().unlock();
        job.run();

        assertThat(job.lastRun()).isPresent().isNotEqualTo(before);
        ReminderJob.LastRun first = job.lastRun().orElseThrow();
        assertThat(dsl.fetchExists(SHEDLOCK, SHEDLOCK.NAME.eq(ReminderJob.LOCK).and(SHEDLOCK.LOCK_UNTIL.gt(
                java.time.OffsetDateTime.now().plusMinutes(3))))).as("held on for a while after the run").isTrue();

        job.run();

        assertThat(job.lastRun()).as("a second scheduler firing moments later finds the lock taken").contains(first);
    }
}
