package org.oversight.demo;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.oversight.base.DemoMode;
import org.oversight.notification.ReminderJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, runs the reminders once at start (after the clocks are backfilled) so that the outbox shows what
 * the job sends without waiting for 07:00 ({@code oversight.reminders.demo-run-at-start=false} turns it off). Under
 * the job's lock, released at once when done.
 */
@Component
@Order(40)
class DemoReminderRun implements ApplicationRunner {

    private final boolean enabled;
    private final DemoMode demoMode;
    private final ReminderJob job;
    private final LockingTaskExecutor locks;

    DemoReminderRun(DemoMode demoMode, ReminderJob job, LockingTaskExecutor locks,
                    @Value("${oversight.reminders.demo-run-at-start:true}") boolean enabled) {
        this.enabled = enabled;
        this.demoMode = demoMode;
        this.job = job;
        this.locks = locks;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && demoMode.enabled()) {
            locks.executeWithLock((Runnable) job::runNow,
                    new LockConfiguration(Instant.now(), ReminderJob.LOCK, Duration.ofMinutes(30), Duration.ZERO));
        }
    }
}
