package org.oversight.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.SHEDLOCK;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Two nodes on one database: the clock sync runs once per interval across them, a lock left by a node that died is
 * taken over once its time is up, the lock row names the node holding it, and a lock held past its hold time is
 * reported as a warning.
 */
@DatabaseTest
@OwnDatabase
@TestPropertySource(properties = "oversight.node-name=node-b")
@ExtendWith(OutputCaptureExtension.class)
class ClockSyncRunsOnceAcrossNodesTest {

    @Autowired
    ClockSyncJob job;
    @Autowired
    DSLContext dsl;

    /** A free lock row (ShedLock remembers rows it has seen, so the row stays and only its times change). */
    @BeforeEach
    void freeLock() {
        lockRow("nobody", OffsetDateTime.now().minusHours(1), OffsetDateTime.now().minusMinutes(50));
    }

    @Test
    void aRunHoldsTheLockForMostOfTheIntervalAndNamesThisNode() {
        job.run();

        var row = dsl.selectFrom(SHEDLOCK).where(SHEDLOCK.NAME.eq(ClockSyncJob.LOCK)).fetchSingle();
        assertThat(row.getLockedBy()).isEqualTo("node-b");
        assertThat(row.getLockUntil()).as("held for nine tenths of the ten-minute interval, so the other node skips")
                .isAfter(OffsetDateTime.now().plusMinutes(8));
    }

    @Test
    void aLockLeftByADeadNodeIsTakenOverOnceItsTimeIsUp() {
        deadNodeLock(OffsetDateTime.now().minusMinutes(11), OffsetDateTime.now().minusSeconds(1));

        job.run();

        assertThat(dsl.select(SHEDLOCK.LOCKED_BY).from(SHEDLOCK).where(SHEDLOCK.NAME.eq(ClockSyncJob.LOCK))
                .fetchSingle().value1()).isEqualTo("node-b");
    }

    @Test
    void aLockHeldPastItsHoldTimeSkipsTheRunWithAWarning(CapturedOutput output) {
        deadNodeLock(OffsetDateTime.now().minusMinutes(9).minusSeconds(30), OffsetDateTime.now().plusSeconds(30));

        job.run();

        assertThat(dsl.select(SHEDLOCK.LOCKED_BY).from(SHEDLOCK).where(SHEDLOCK.NAME.eq(ClockSyncJob.LOCK))
                .fetchSingle().value1()).as("not taken while it holds").isEqualTo("node-a");
        assertThat(output).contains("WARN").contains("Scheduled job 'clock-sync' did not run on node-b: node node-a");
    }

    private void deadNodeLock(OffsetDateTime lockedAt, OffsetDateTime lockUntil) {
        lockRow("node-a", lockedAt, lockUntil);
    }

    private void lockRow(String by, OffsetDateTime lockedAt, OffsetDateTime lockUntil) {
        dsl.mergeInto(SHEDLOCK).using(org.jooq.impl.DSL.selectOne())
                .on(SHEDLOCK.NAME.eq(ClockSyncJob.LOCK))
                .whenMatchedThenUpdate().set(SHEDLOCK.LOCKED_AT, lockedAt).set(SHEDLOCK.LOCK_UNTIL, lockUntil)
                .set(SHEDLOCK.LOCKED_BY, by)
                .whenNotMatchedThenInsert(SHEDLOCK.NAME, SHEDLOCK.LOCKED_AT, SHEDLOCK.LOCK_UNTIL, SHEDLOCK.LOCKED_BY)
                .values(ClockSyncJob.LOCK, lockedAt, lockUntil, by).execute();
    }
}
