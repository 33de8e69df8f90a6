package org.oversight.deadline;

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
            throw new RuleViolationException("The clock stopped on " + Formats.longDate(c.metOn())
                    + " when it was met; it cannot be paused.");
        }
        ClockSpec spec = clocks.spec(c);
        Map<String, String> problems = new LinkedHashMap<>();
        if (from == null) {
            problems.put("from", "Enter the first day on which the clock does not run.");
        } else if (from.isAfter(changes.today())) {
            problems.put("from", "A pause cannot start after today; record it when the proceedings begin.");
        } else if (from.isBefore(c.startsOn())) {
            problems.put("from", "The clock started on " + Formats.longDate(c.startsOn())
                    + "; a pause cannot begin before that.");
        } else if (from.isAfter(c.dueOn())) {
            problems.put("from", "The period ended on " + Formats.longDate(c.dueOn())
                    + "; a pause after that does not revive the clock.");
        }
        if (from != null && toInclusive != null && toInclusive.isBefore(from)) {
            problems.put("toInclusive", "The last paused day cannot be before the first.");
        }
        if (toInclusive == null && spec.pauses().stream().anyMatch(Pause::isRunning)) {
            problems.put("toInclusive", "A pause is already running; end it before starting another.");
        }
        String cleanReason = ClockChanges.reason(reason, "Give the reason for the pause, e.g. the judicial review claim.", problems);
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
                .orElseThrow(() -> new RuleViolationException("The clock is not paused."));
        if (lastPausedDay == null) {
            throw new InvalidInputException("lastPausedDay", "Enter the last day on which the clock did not run.");
        }
        if (lastPausedDay.isBefore(running.from())) {
            throw new InvalidInputException("lastPausedDay", "The pause began on "
                    + Formats.longDate(running.from()) + "; it cannot end before that.");
        }
        if (lastPausedDay.isAfter(changes.today())) {
            throw new InvalidInputException("lastPausedDay", "A pause cannot be ended after today.");
        }
        LocalDate due = sync.dueOn(spec.withRunningPauseEnded(lastPausedDay), changes.today());
        changes.write(c, expectedVersion, due, c.metOn());
        clocks.endRunningPause(c.id(), lastPausedDay);
        changes.keepItemInStep(c);
        audit.record("CLOCK_PAUSE_ENDED", "clock", c.id(), Map.of("dueOn", c.dueOn().toString()),
                Map.of("lastPausedDay", lastPausedDay.toString(), "dueOn", due.toString()));
    }
}
