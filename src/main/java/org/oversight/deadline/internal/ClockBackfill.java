package org.oversight.deadline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jooq.impl.DSL;
import org.oversight.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, after the demo loader (order 20): gives every tracked item and HMICFRS inspection the clocks it lacks
 * (items loaded by the demo, or imported, have none) and brings met dates and due dates up to date. Idempotent, and
 * under the same lock as the scheduled sync.
 */
@Component
@Order(30)
class ClockBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClockBackfill.class);

    private final ClockSync sync;
    private final AuditLog audit;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate tx;
    private final Clock clock;

    ClockBackfill(ClockSync sync, AuditLog audit,
                  LockingTaskExecutor locks, TransactionTemplate tx, Clock clock) {
        this.sync = sync;
        this.audit = audit;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        locks.executeWithLock((Runnable) this::backfill,
                new LockConfiguration(Instant.now(), ClockSyncJob.LOCK, Duration.ofMinutes(5), Duration.ZERO));
    }

    private void backfill() {
        tx.executeWithoutResult(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            ClockSync.Outcome outcome = sync.sync(DSL.trueCondition(), now);
            if (outcome.started() > 0) {
                audit.record("CLOCKS_STARTED", "clock", null, null,
                        Map.of("clocks", outcome.started(), "why", "items without clocks at start")); // i18n-ok: recorded in the audit trail
                log.info("Clocks started for items that had none: {} ({} already met)", outcome.started(), outcome.stopped());
            }
        });
    }
}
