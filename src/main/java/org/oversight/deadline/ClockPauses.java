package org.oversight.deadline;

import org.oversight.base.i18n.Messages;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.audit.AuditLog;
import org.oversight.base.Formats;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.deadline.internal.JooqClockRepository;
import org.oversight.deadline.internal.JooqClockRepository.StoredClock;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pauses of a clock (days on which it does not run, such as judicial review proceedings): recorded and ended by
 * staff of the watchdog that made the recommendation, through {@link ClockService}, in its transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ClockPauses {

    private final JooqClockRepository clocks;
    private final ClockSync sync;
    private final ClockChanges changes;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ClockPauses(JooqClockRepository clocks, ClockSync sync, ClockChanges changes, CurrentUser currentUser,
                AuditLog audit) {
        this.clocks = clocks;
        this.sync = sync;
        this.changes = changes;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Records days on which the clock does not run, such as judicial review proceedings in progress.
     *
     * @param toInclusive the last paused day, or null while the proceedings are still going on
     */
    void record(long clockId, int expectedVersion, LocalDate from, LocalDate toInclusive, String reason) {
        StoredClock c = changes.manageableClock(clockId);
        if (c.metOn() != null) {
            throw new RuleViolationException(Messages.t("deadline.pause.met", Formats.longDate(c.metOn())));
        }
        ClockSpec spec = clocks.spec(c);
        Map<String, String> problems = new LinkedHashMap<>();
        if (from == null) {
            problems.put("from", Messages.t("deadline.pause.enter-from"));
        } else if (from.isAfter(changes.today())) {
            problems.put("from", Messages.t("deadline.pause.future"));
        } else if (from.isBefore(c.startsOn())) {
            problems.put("from", Messages.t("deadline.pause.before-start", Formats.longDate(c.startsOn())));
        } else if (from.isAfter(c.dueOn())) {
            problems.put("from", Messages.t("deadline.pause.after-end", Formats.longDate(c.dueOn())));
        }
        if (from != null && toInclusive != null && toInclusive.isBefore(from)) {
            problems.put("toInclusive", Messages.t("deadline.pause.to-before-from"));
        }
        if (toInclusive == null && spec.pauses().stream().anyMatch(Pause::isRunning)) {
            problems.put("toInclusive", Messages.t("deadline.pause.running"));
        }
        String cleanReason = ClockChanges.reason(reason, Messages.t("deadline.pause.reason"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Pause pause = new Pause(from, toInclusive, cleanReason);
        LocalDate due = sync.dueOn(spec.withPause(pause), changes.today());
        changes.write(c, expectedVersion, due, null);
        clocks.insertPause(c.id(), pause, currentUser.require().id(), changes.now());
        changes.keepItemInStep(c);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("from", from.toString());
        after.put("toInclusive", toInclusive == null ? "running" : toInclusive.toString());
        after.put("reason", cleanReason);
        after.put("dueOn", due.toString());
        audit.record("CLOCK_PAUSED", "clock", c.id(), Map.of("dueOn", c.dueOn().toString()), after);
    }

    /** Ends the running pause: {@code lastPausedDay} is the last day the clock did not run. */
    void end(long clockId, int expectedVersion, LocalDate lastPausedDay) {
        StoredClock c = changes.manageableClock(clockId);
        ClockSpec spec = clocks.spec(c);
        Pause running = spec.pauses().stream().filter(Pause::isRunning).findFirst()
                .orElseThrow(() -> new RuleViolationException(Messages.t("deadline.pause.not-paused")));
        if (lastPausedDay == null) {
            throw new InvalidInputException("lastPausedDay", Messages.t("deadline.pause.enter-last"));
        }
        if (lastPausedDay.isBefore(running.from())) {
            throw new InvalidInputException("lastPausedDay", Messages.t("deadline.pause.end-before-start",
                    Formats.longDate(running.from())));
        }
        if (lastPausedDay.isAfter(changes.today())) {
            throw new InvalidInputException("lastPausedDay", Messages.t("deadline.pause.end-future"));
        }
        LocalDate due = sync.dueOn(spec.withRunningPauseEnded(lastPausedDay), changes.today());
        changes.write(c, expectedVersion, due, c.metOn());
        clocks.endRunningPause(c.id(), lastPausedDay);
        changes.keepItemInStep(c);
        audit.record("CLOCK_PAUSE_ENDED", "clock", c.id(), Map.of("dueOn", c.dueOn().toString()),
                Map.of("lastPausedDay", lastPausedDay.toString(), "dueOn", due.toString()));
    }
}
