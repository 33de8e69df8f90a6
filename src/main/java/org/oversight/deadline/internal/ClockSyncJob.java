package org.oversight.deadline.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few minutes, on one node: starts clocks for items that lack them, stops response clocks whose plan the
 * register shows submitted, and moves due dates held by a running pause (they move a day per paused day).
 */
@Component
public class ClockSyncJob {

    static final String LOCK = "clock-sync";
    private static final Logger log = LoggerFactory.getLogger(ClockSyncJob.class);

    private final ClockSync sync;
    private final TransactionTemplate tx;
    private final Clock clock;

    ClockSyncJob(ClockSync sync, TransactionTemplate tx, Clock clock) {
        this.sync = sync;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${oversight.clocks.sync-interval:PT10M}",
            initialDelayString = "${oversight.clocks.sync-interval:PT10M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void run() {
        ClockSync.Outcome outcome = tx.execute(s -> sync.sync(DSL.trueCondition(), OffsetDateTime.now(clock)));
        if (outcome != null && outcome.changedAnything()) {
            log.info("Clocks: {} started, {} met, {} due dates moved", outcome.started(), outcome.stopped(),
                    outcome.datesMoved());
        }
    }
}
