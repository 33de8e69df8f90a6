package org.oversight.deadline;

import org.oversight.base.i18n.Messages;
import static org.oversight.db.Tables.CLOCK;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.oversight.audit.AuditLog;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.Formats;
import org.oversight.base.RuleViolationException;
import org.oversight.deadline.internal.JooqClockRepository;
import org.oversight.deadline.internal.JooqClockRepository.NewClock;
import org.oversight.deadline.internal.JooqClockRepository.StoredClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome re-assessment clock of a verified item ({@link ClockRule#OUTCOME_REASSESSMENT}): at most one running per item, keyed
 * {@code reassessment:<tracked id>:<start>}, started on the day of verification (or of the last outcome) and met
 * when an outcome is recorded. Who may
 * schedule or meet it is the outcome feature's rule, checked by its service before it calls here, inside its
 * transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Reassessments {

    /** A scheduled re-assessment: when it falls due and, once an outcome is recorded, when it was met. */
    public record Reassessment(long clockId, LocalDate startsOn, LocalDate dueOn, LocalDate metOn) {
    }

    private final JooqClockRepository clocks;
    private final ClockEngine engine;
    private final ClockLabels labels;
    private final AuditLog audit;
    private final Clock clock;

    Reassessments(JooqClockRepository clocks, ClockEngine engine, ClockLabels labels, AuditLog audit, Clock clock) {
        this.clocks = clocks;
        this.engine = engine;
        this.labels = labels;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Reassessment> of(long trackedId) {
        return current(trackedId).map(c -> new Reassessment(c.id(), c.startsOn(), c.dueOn(), c.metOn()));
    }

    /**
     * Starts a re-assessment clock, due {@link ClockRule#REASSESSMENT_MONTHS} months after {@code startsOn} (the
     * day of verification, or of the last outcome recorded).
     */
    public Reassessment schedule(long trackedId, long reportId, long recipientId, LocalDate startsOn) {
        Optional<StoredClock> existing = current(trackedId);
        if (existing.isPresent() && existing.get().metOn() == null) {
            throw new RuleViolationException(Messages.t("deadline.reassessment.scheduled",
                    Formats.longDate(existing.get().dueOn())));
        }
        if (existing.isPresent() && !startsOn.isAfter(existing.get().startsOn())) {
            throw new RuleViolationException(Messages.t("deadline.reassessment.made", Formats.longDate(startsOn)));
        }
        LocalDate due = engine.dueOn(ClockSpec.starting(ClockRule.OUTCOME_REASSESSMENT, startsOn)).orElseThrow();
        long id = clocks.insert(new NewClock(key(trackedId, startsOn), ClockRule.OUTCOME_REASSESSMENT,
                labels.of(ClockRule.OUTCOME_REASSESSMENT), reportId, recipientId, trackedId, startsOn, due, null),
                OffsetDateTime.now(clock));
        audit.record("REASSESSMENT_SCHEDULED", "clock", id, null, Map.of("trackedId", trackedId, "dueOn", due.toString()));
        return new Reassessment(id, startsOn, due, null);
    }

    /** Meets the running re-assessment, if there is one, on the day of the outcome recorded. */
    public void assessed(long trackedId, LocalDate assessedOn) {
        current(trackedId).filter(c -> c.metOn() == null).ifPresent(c -> {
            LocalDate metOn = assessedOn.isBefore(c.startsOn()) ? c.startsOn() : assessedOn;
            if (!clocks.update(c.id(), c.version(), c.dueOn(), metOn)) {
                throw new ConcurrentEditException(Messages.t("deadline.this-reassessment"), null, null);
            }
            audit.record("CLOCK_MET", "clock", c.id(), Map.of("metOn", "none"), Map.of("metOn", metOn.toString()));
        });
    }

    /** The item's latest re-assessment clock. */
    private Optional<StoredClock> current(long trackedId) {
        return clocks.clocks(CLOCK.TRACKED_RECOMMENDATION_ID.eq(trackedId)
                .and(CLOCK.RULE.eq(ClockRule.OUTCOME_REASSESSMENT))).stream().reduce((a, b) -> b);
    }

    private static String key(long trackedId, LocalDate startsOn) {
        return "reassessment:" + trackedId + ":" + startsOn;
    }
}
