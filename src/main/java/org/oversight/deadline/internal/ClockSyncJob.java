package org.oversight.deadline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few minutes, on one node: starts clocks for items that lack them, stops response clocks whose plan the
 * register shows submitted, and moves due dates held by a running pause (they move a day per paused day).
 * <p>
 * Once per interval across all nodes: the lock is kept for nine tenths of the interval after a run
 * ({@code lockAtLeastFor}), so another node whose timer fires later in the same interval finds it taken. A node
 * that dies while running frees the lock after one interval at most ({@code lockAtMostFor}), and the run itself is
 * bounded well within that (its transaction times out at half the interval).
 */
@Component
public class ClockSyncJob {

    static final String LOCK = "clock-sync";
    private static final Logger log = LoggerFactory.getLogger(ClockSyncJob.class);

    private final ClockSync sync;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Duration interval;

    ClockSyncJob(ClockSync sync, PlatformTransactionManager transactions, LockingTaskExecutor locks, Clock clock,
                 @Value("${oversight.clocks.sync-interval:PT10M}") Duration interval) {
        this.sync = sync;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setTimeout((int) Math.max(1, interval.dividedBy(2).toSeconds()));
        this.locks = locks;
        this.clock = clock;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${oversight.clocks.sync-interval:PT10M}",
            initialDelayString = "${oversight.clocks.sync-interval:PT10M}")
    public void run() {
        locks.executeWithLock((Runnable) this::syncNow, new LockConfiguration(Instant.now(), LOCK, interval,
                interval.multipliedBy(9).dividedBy(10)));
    }

    private void syncNow() {
        ClockSync.Outcome outcome = tx.execute(s -> sync.sync(DSL.trueCondition(), OffsetDateTime.now(clock)));
        if (outcome != null && outcome.changedAnything()) {
            log.info("Clocks: {} started, {} met, {} due dates moved", outcome.started(), outcome.stopped(),
                    outcome.datesMoved());
        }
    }
}
