package org.oversight.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run (07:00 UK time unless {@code oversight.reminders.cron} says otherwise). ShedLock lets one
 * node run it; the lock is kept at least five minutes so that a node whose scheduler fires a little later finds
 * it taken. Even without the lock nothing would go twice: reminder_sent records each e-mail. A node that dies
 * during the run frees the lock ten minutes after it took it at the latest.
 */
@Component
public class ReminderJob {

    public static final String LOCK = "deadline-reminders";

    /** When a run finished on this node, and what it sent. */
    public record LastRun(OffsetDateTime finishedAt, Reminders.Outcome outcome) {
    }

    private final Reminders reminders;
    private final Clock clock;
    private final AtomicReference<LastRun> lastRun = new AtomicReference<>();

    public ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${oversight.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
    public void run() {
        runNow();
    }

    /** The run itself, without the lock: for callers that hold it already. */
    public Reminders.Outcome runNow() {
        Reminders.Outcome outcome = reminders.runFor(clock);
        lastRun.set(new LastRun(OffsetDateTime.now(clock), outcome));
        return outcome;
    }

    public Optional<LastRun> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }
}
