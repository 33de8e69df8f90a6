package org.oversight.demo;

import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_EXTENSION;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.base.DemoMode;
import org.oversight.db.tables.Organisation;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockService;
import org.oversight.recommendation.Status;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's extended and paused clocks, added once to a demo database that has none, after the clocks are started
 * (order 30). Each is granted the way a watchdog grants one: by the watchdog's demo account through
 * {@link ClockService}, so the rules, the item's dates and the audit trail are exactly as for real work. Items are
 * picked by what they are (an open IOPC learning recommendation due soon, an overdue HMICFRS action plan), not by
 * reference, so the stories survive changes to the demo file.
 */
@Component
@Order(35)
class DemoClockScenarios implements ApplicationRunner {

    /** An open item's unmet response clock, with its recipient's and watchdog's codes. */
    private record Candidate(long clockId, int version, LocalDate startsOn, LocalDate dueOn, String recipient,
                             String watchdog) {
    }

    private final DemoMode demoMode;
    private final DSLContext dsl;
    private final ClockService clocks;
    private final DemoActor actor;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoClockScenarios(DemoMode demoMode, DSLContext dsl, ClockService clocks, DemoActor actor,
                       TransactionTemplate tx, Clock clock) {
        this.demoMode = demoMode;
        this.dsl = dsl;
        this.clocks = clocks;
        this.actor = actor;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            tx.executeWithoutResult(status -> applyOnce(LocalDate.now(clock)));
        }
    }

    private void applyOnce(LocalDate today) {
        if (dsl.fetchExists(CLOCK_EXTENSION) || dsl.fetchExists(CLOCK_PAUSE)) {
            return;
        }
        List<Candidate> iopc = candidates(ClockRule.IOPC_LEARNING_RESPONSE);
        // Surrey's IOPC item due soonest is extended on an application received a few days ago
        Optional<Candidate> extended = pick(iopc, c -> !c.dueOn().isBefore(today), "SURREY");
        extended.ifPresent(c -> extend(c, today.minusDays(3), c.dueOn().plusDays(28),
                "The force applied for more time to consult its safeguarding partners before committing to dates; "
                        + "the application was received before the period ended and the extension was granted."));
        // another IOPC item was extended and is now held by judicial review proceedings that are still going on:
        // its date explains itself with both (decision 0010)
        pick(iopc.stream().filter(c -> extended.isEmpty() || c.clockId() != extended.get().clockId()).toList(),
                c -> !c.dueOn().isBefore(today.minusDays(10)), "DEVON_CORNWALL")
                .ifPresent(c -> {
                    extend(c, today.minusDays(15), c.dueOn().plusDays(14), "The force applied for two more weeks "
                            + "to hear from the officer's staff association; the application came in time.");
                    int version = dsl.select(CLOCK.VERSION).from(CLOCK).where(CLOCK.ID.eq(c.clockId()))
                            .fetchSingle().value1();
                    actor.asStaffOf(c.watchdog(), () -> clocks.recordPause(c.clockId(), version,
                            later(today.minusDays(10), c.startsOn()), null,
                            "Judicial review proceedings in progress: the officer's claim challenging the findings on "
                                    + "which the recommendation rests. Days of proceedings do not count."));
                });
        recordOldCommissionerResponses(today);
        // an overdue HMICFRS action plan gets a late revision (allowed: only the IOPC's statute forbids it)
        pick(candidates(ClockRule.HMICFRS_ACTION_PLAN), c -> c.dueOn().isBefore(today), "DEVON_CORNWALL")
                .ifPresent(c -> extend(c, today.minusDays(5), today.plusDays(10),
                        "The force asked for more time after its draft plan was returned; HMICFRS agreed a new date."));
    }

    /**
     * The commissioners' published responses to old reports, as the watchdog recorded them: every commissioner's
     * clock due more than 90 days ago is met on its 50th day (or the day before it fell due), so the demo shows no
     * commissioner "years overdue" on a report answered long ago.
     */
    private void recordOldCommissionerResponses(LocalDate today) {
        var rows = dsl.select(CLOCK.ID, CLOCK.VERSION, CLOCK.STARTS_ON, CLOCK.DUE_ON)
                .from(CLOCK).where(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE)).and(CLOCK.MET_ON.isNull())
                .and(CLOCK.DUE_ON.lt(today.minusDays(90)))
                .fetch();
        actor.asStaffOf("HMICFRS", () -> rows.forEach(r -> {
            LocalDate day50 = r.value3().plusDays(50);
            LocalDate met = day50.isAfter(r.value4()) ? r.value4().minusDays(1) : day50;
            clocks.recordMet(r.value1(), r.value2(), met);
        }));
    }

    private List<Candidate> candidates(ClockRule rule) {
        var tr = TRACKED_RECOMMENDATION;
        Organisation recipient = ORGANISATION.as("recipient");
        Organisation watchdog = ORGANISATION.as("watchdog");
        return dsl.select(CLOCK.ID, CLOCK.VERSION, CLOCK.STARTS_ON, CLOCK.DUE_ON, recipient.CODE, watchdog.CODE)
                .from(CLOCK).join(tr).on(tr.ID.eq(CLOCK.TRACKED_RECOMMENDATION_ID))
                .join(recipient).on(recipient.ID.eq(tr.RECIPIENT_ID))
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(CLOCK.RULE.eq(rule)).and(CLOCK.MET_ON.isNull())
                .and(tr.STATUS.in(Status.OPEN, Status.PLAN_AWAITED))
                .orderBy(CLOCK.DUE_ON, CLOCK.ID)
                .fetch(Records.mapping(Candidate::new));
    }

    /** The first candidate that fits, the preferred recipient's first. */
    private static Optional<Candidate> pick(List<Candidate> candidates, Predicate<Candidate> fits, String preferred) {
        return candidates.stream().filter(fits)
                .min(Comparator.comparing((Candidate c) -> !c.recipient().equals(preferred)).thenComparing(Candidate::dueOn));
    }

    private void extend(Candidate c, LocalDate received, LocalDate newDue, String reason) {
        actor.asStaffOf(c.watchdog(), () -> clocks.grantExtension(c.clockId(), c.version(), later(received, c.startsOn()),
                newDue, reason));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
