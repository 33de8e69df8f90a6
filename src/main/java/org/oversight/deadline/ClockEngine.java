package org.oversight.deadline;

import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;
import org.oversight.deadline.ClockState.Phase;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Works out due dates and where a clock stands. Stateless and free of the system clock: callers pass the day
 * they are asking about, so the answers can be tested to the day and replayed for any past date.
 */
@Component
public class ClockEngine {


    private final DeadlineProperties properties;
    private final RulePeriods periods;

    public ClockEngine(DeadlineProperties properties, WorkingDays workingDays) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.periods = new RulePeriods(properties, Objects.requireNonNull(workingDays, "workingDays"));
    }

    /** The due date as first set by the rule (or typed into the action plan), before pauses and extensions. */
    public LocalDate originalDueOn(ClockSpec spec) {
        return periods.originalDueOn(spec);
    }

    /**
     * The due date after pauses and extensions. Empty while a pause with no end yet holds the clock: the date is
     * not known until the pause ends; {@link #evaluate} gives the earliest it can be as of a given day. A pause
     * still running when the clock was met counts up to the day it was met.
     */
    public Optional<LocalDate> dueOn(ClockSpec spec) {
        return replay(spec, spec.metOn()).map(ClockTimeline.Result::dueOn);
    }

    /** Where the clock stands on {@code today}. */
    public ClockState evaluate(ClockSpec spec, LocalDate today) {
        Objects.requireNonNull(today, "today");
        LocalDate original = originalDueOn(spec);
        List<Milestone> milestones = milestones(spec);
        if (spec.isMet()) {
            LocalDate dueOn = replay(spec, spec.metOn()).orElseThrow().dueOn();
            long daysLate = Math.max(0, ChronoUnit.DAYS.between(dueOn, spec.metOn()));
            // steps after the response arrived will never be taken
            List<Milestone> taken = milestones.stream().filter(m -> !m.dueOn().isAfter(spec.metOn())).toList();
            return new ClockState(dueOn, original, daysLate == 0 ? Phase.MET_ON_TIME : Phase.MET_LATE,
                    0, daysLate, taken);
        }
        ClockTimeline.Result timeline = replay(spec, today).orElseThrow();
        long daysLeft = ChronoUnit.DAYS.between(today, timeline.dueOn());
        Phase phase;
        if (timeline.isPausedOn(today)) {
            phase = Phase.PAUSED;
        } else if (daysLeft < 0) {
            phase = Phase.OVERDUE;
        } else if (daysLeft == 0) {
            phase = Phase.DUE_TODAY;
        } else if (daysLeft <= properties.dueSoonDays()) {
            phase = Phase.DUE_SOON;
        } else {
            phase = Phase.RUNNING;
        }
        return new ClockState(timeline.dueOn(), original, phase, Math.max(0, daysLeft), Math.max(0, -daysLeft),
                milestones);
    }

    /**
     * The clock with {@code extension} granted.
     *
     * @throws ExtensionRefusedException if the rules do not allow it: for an IOPC learning recommendation, an
     *                                   application received after the period ended; for any clock, one that
     *                                   does not move the date later, or a clock already met
     */
    public ClockSpec grantExtension(ClockSpec spec, Extension extension) {
        LocalDate received = extension.receivedOn();
        if (spec.isMet()) {
            throw refused(null, "deadline.extension.met",
                    spec.metOn());
        }
        if (received.isBefore(spec.startsOn())) {
            throw refused("receivedOn", "deadline.extension.before-start",
                    received, spec.startsOn());
        }
        LocalDate current = replay(spec, received).orElseThrow().dueOn();
        if (spec.rule().refusesLateApplications() && received.isAfter(current)) {
            throw refused("receivedOn", "deadline.extension.late", received, current);
        }
        if (!extension.newDueOn().isAfter(current)) {
            throw refused("newDueOn", "deadline.extension.not-later", extension.newDueOn(), current);
        }
        if (extension.newDueOn().isBefore(received)) {
            throw refused("newDueOn", "deadline.extension.before-application",
                    extension.newDueOn(), received);
        }
        return spec.withExtension(extension);
    }

    /**
     * The dated steps of a clock: for {@link ClockRule#INQUIRY_RESPONSE}, the steps of {@link MilestoneKind},
     * each counted in months from the start (not from the step before, so month-end clamping does not drift);
     * other rules have none. Milestones do not move with pauses or extensions.
     */
    public List<Milestone> milestones(ClockSpec spec) {
        if (spec.rule() != ClockRule.INQUIRY_RESPONSE) {
            return List.of();
        }
        return Arrays.stream(MilestoneKind.values())
                .map(kind -> new Milestone(kind, kind.label(), spec.startsOn().plusMonths(kind.monthsAfterStart()),
                        kind.isPublic()))
                .toList();
    }

    /**
     * The IOPC's clock to publish a response, which starts the day the response to a learning recommendation
     * was received.
     */
    public ClockSpec publicationClock(ClockSpec learningResponse) {
        if (learningResponse.rule() != ClockRule.IOPC_LEARNING_RESPONSE) {
            throw new IllegalArgumentException("Only the response to an IOPC learning recommendation is published "
                    + "on a clock; this clock is " + learningResponse.rule()); // i18n-ok: a programming error
        }
        if (!learningResponse.isMet()) {
            throw new IllegalStateException("The response has not been received yet; "
                    + "the publication clock starts on the day it is."); // i18n-ok: a programming error
        }
        return ClockSpec.starting(ClockRule.IOPC_PUBLICATION, learningResponse.metOn());
    }

    /**
     * The replayed steps of the clock as of {@code today} (or the day it was met): for {@link ClockExplanation}.
     * A running pause counts up to that day.
     */
    ClockTimeline.Result timeline(ClockSpec spec, LocalDate today) {
        return replay(spec, spec.isMet() ? spec.metOn() : today).orElseThrow();
    }

    /** Whether the rule counts working days (then paused days are working days too). */
    boolean countsWorkingDays(ClockRule rule) {
        return rule == ClockRule.RESPONSE_PERIOD && properties.responsePeriodWorkingDays();
    }

    private Optional<ClockTimeline.Result> replay(ClockSpec spec, LocalDate asOf) {
        return ClockTimeline.replay(spec, originalDueOn(spec), asOf,
                (dueOn, from, to) -> periods.addPausedDays(spec.rule(), dueOn, from, to));
    }

    /** @param key the message's key; its arguments are the days, in long form in the reader's language */
    private static ExtensionRefusedException refused(String field, String key, LocalDate... days) {
        return new ExtensionRefusedException(field, Messages.t(key, Arrays.stream(days).map(Formats::longDate).toArray()));
    }
}
