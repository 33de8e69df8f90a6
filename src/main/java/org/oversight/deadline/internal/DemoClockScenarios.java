package org.oversight.deadline.internal;

import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_EXTENSION;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.oversight.audit.AuditLog;
import org.oversight.deadline.ClockEngine;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockSpec;
import org.oversight.deadline.Extension;
import org.oversight.deadline.Pause;
import org.oversight.deadline.internal.JooqClockRepository.StoredClock;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Component;

/**
 * The demo's extended and paused clocks, added once to a demo database that has none. Items are picked by what
 * they are (an open IOPC learning recommendation due soon, an overdue HMICFRS action plan), not by reference, so
 * the stories survive changes to the demo file. Met-late clocks need nothing here: the demo's history has plans
 * submitted after their deadline, and the sync stops those clocks on the day they were submitted.
 */
@Component
class DemoClockScenarios {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** An open item's unmet response clock, with the recipient's organisation code. */
    private record Candidate(long clockId, long trackedId, String recipient, LocalDate dueOn) {
    }

    private final DSLContext dsl;
    private final JooqClockRepository clocks;
    private final ClockEngine engine;
    private final ClockSync sync;
    private final AuditLog audit;

    DemoClockScenarios(DSLContext dsl, JooqClockRepository clocks, ClockEngine engine, ClockSync sync, AuditLog audit) {
        this.dsl = dsl;
        this.clocks = clocks;
        this.engine = engine;
        this.sync = sync;
        this.audit = audit;
    }

    void applyOnce(OffsetDateTime now) {
        if (dsl.fetchExists(CLOCK_EXTENSION) || dsl.fetchExists(CLOCK_PAUSE)) {
            return;
        }
        LocalDate today = now.atZoneSameInstant(UK).toLocalDate();
        List<Candidate> iopc = candidates(ClockRule.IOPC_LEARNING_RESPONSE);
        // Surrey's IOPC item due soonest is extended on an application received a few days ago
        Optional<Candidate> extended = pick(iopc, c -> !c.dueOn().isBefore(today), "SURREY");
        extended.ifPresent(c -> extend(c, today.minusDays(3), c.dueOn().plusDays(28),
                "The force applied for more time to consult its safeguarding partners before committing to dates; "
                        + "the application was received before the period ended and the extension was granted.", now));
        // another IOPC item is held by judicial review proceedings that are still going on
        pick(iopc.stream().filter(c -> extended.isEmpty() || c.clockId() != extended.get().clockId()).toList(),
                c -> !c.dueOn().isBefore(today.minusDays(10)), "DEVON_CORNWALL")
                .ifPresent(c -> pause(c, today.minusDays(10),
                        "Judicial review proceedings in progress: the officer's claim challenging the findings on "
                                + "which the recommendation rests. Days of proceedings do not count.", now));
        // an overdue HMICFRS action plan gets a late revision (allowed: only the IOPC's statute forbids it)
        pick(candidates(ClockRule.HMICFRS_ACTION_PLAN), c -> c.dueOn().isBefore(today), "DEVON_CORNWALL")
                .ifPresent(c -> extend(c, today.minusDays(5), today.plusDays(10),
                        "The force asked for more time after its draft plan was returned; HMICFRS agreed a new date.", now));
    }

    private List<Candidate> candidates(ClockRule rule) {
        var tr = TRACKED_RECOMMENDATION;
        return dsl.select(CLOCK.ID, tr.ID, ORGANISATION.CODE, CLOCK.DUE_ON)
                .from(CLOCK).join(tr).on(tr.ID.eq(CLOCK.TRACKED_RECOMMENDATION_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(tr.RECIPIENT_ID))
                .where(CLOCK.RULE.eq(rule)).and(CLOCK.MET_ON.isNull())
                .and(tr.STATUS.in(Status.OPEN, Status.PLAN_AWAITED))
                .orderBy(CLOCK.DUE_ON, CLOCK.ID)
                .fetch(r -> new Candidate(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The first candidate that fits, the preferred recipient's first. */
    private static Optional<Candidate> pick(List<Candidate> candidates, Predicate<Candidate> fits, String preferred) {
        return candidates.stream().filter(fits)
                .min(Comparator.comparing((Candidate c) -> !c.recipient().equals(preferred)).thenComparing(Candidate::dueOn));
    }

    private void extend(Candidate c, LocalDate received, LocalDate newDue, String reason, OffsetDateTime now) {
        StoredClock clock = clocks.find(c.clockId()).orElseThrow();
        LocalDate receivedOn = received.isBefore(clock.startsOn()) ? clock.startsOn() : received;
        Extension extension = new Extension(receivedOn, newDue, reason);
        ClockSpec extended = engine.grantExtension(clocks.spec(clock), extension);
        LocalDate due = sync.dueOn(extended, now.atZoneSameInstant(UK).toLocalDate());
        clocks.insertExtension(clock.id(), extension, null, now);
        clocks.update(clock.id(), clock.version(), due, null);
        sync.keepItemInStep(c.trackedId());
        audit.record("CLOCK_EXTENDED", "clock", clock.id(), Map.of("dueOn", clock.dueOn().toString()),
                Map.of("dueOn", due.toString(), "receivedOn", receivedOn.toString(), "reason", reason, "demo", true));
    }

    private void pause(Candidate c, LocalDate from, String reason, OffsetDateTime now) {
        StoredClock clock = clocks.find(c.clockId()).orElseThrow();
        LocalDate start = from.isBefore(clock.startsOn()) ? clock.startsOn() : from;
        Pause pause = Pause.running(start, reason);
        LocalDate due = sync.dueOn(clocks.spec(clock).withPause(pause), now.atZoneSameInstant(UK).toLocalDate());
        clocks.insertPause(clock.id(), pause, null, now);
        clocks.update(clock.id(), clock.version(), due, null);
        sync.keepItemInStep(c.trackedId());
        audit.record("CLOCK_PAUSED", "clock", clock.id(), Map.of("dueOn", clock.dueOn().toString()),
                Map.of("from", start.toString(), "toInclusive", "running", "reason", reason, "demo", true));
    }
}
