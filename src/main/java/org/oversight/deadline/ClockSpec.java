package org.oversight.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a clock needs to know to be evaluated: its rule, the day it started, and what has happened since.
 *
 * @param startsOn   publication of the report, the day a recommendation was made, or the day a response was
 *                   received, depending on the rule
 * @param baseDueOn  the due date as first set, only for {@link ClockRule#ACTION_TARGET}; other rules compute it
 * @param pauses     days on which the clock did not run; overlapping pauses count once; at most one still running
 * @param extensions extensions in any order; take them through {@link ClockEngine#grantExtension} so that the
 *                   rules are checked
 * @param metOn      the day the response, plan or action was delivered, or {@code null}
 */
public record ClockSpec(
        ClockRule rule,
        LocalDate startsOn,
        LocalDate baseDueOn,
        List<Pause> pauses,
        List<Extension> extensions,
        LocalDate metOn) {

    public ClockSpec {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(startsOn, "startsOn");
        if (rule == ClockRule.ACTION_TARGET && baseDueOn == null) {
            throw new IllegalArgumentException("An action target needs the due date set in the action plan");
        }
        if (rule != ClockRule.ACTION_TARGET && baseDueOn != null) {
            throw new IllegalArgumentException(rule + " works out its own due date; baseDueOn is for ACTION_TARGET");
        }
        if (baseDueOn != null && baseDueOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The due date " + baseDueOn + " is before the start " + startsOn);
        }
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        if (pauses.stream().filter(Pause::isRunning).count() > 1) {
            throw new IllegalArgumentException("Only one pause can be running at a time");
        }
    }

    /** A clock whose due date follows from its rule and start. */
    public static ClockSpec starting(ClockRule rule, LocalDate startsOn) {
        return new ClockSpec(rule, startsOn, null, List.of(), List.of(), null);
    }

    public ClockSpec withPause(Pause pause) {
        var more = new ArrayList<>(pauses);
        more.add(Objects.requireNonNull(pause, "pause"));
        return new ClockSpec(rule, startsOn, baseDueOn, more, extensions, metOn);
    }

    /** Ends the running pause on {@code lastPausedDay} (the clock runs again the day after). */
    public ClockSpec withRunningPauseEnded(LocalDate lastPausedDay) {
        if (pauses.stream().noneMatch(Pause::isRunning)) {
            throw new IllegalStateException("The clock has no running pause to end");
        }
        var ended = pauses.stream()
                .map(p -> p.isRunning() ? new Pause(p.from(), lastPausedDay, p.reason()) : p)
                .toList();
        return new ClockSpec(rule, startsOn, baseDueOn, ended, extensions, metOn);
    }

    public ClockSpec withMetOn(LocalDate day) {
        return new ClockSpec(rule, startsOn, baseDueOn, pauses, extensions, day);
    }

    public boolean isMet() {
        return metOn != null;
    }

    // Package-private: outside this package, extensions are added by ClockEngine.grantExtension, which checks them.
    ClockSpec withExtension(Extension extension) {
        var more = new ArrayList<>(extensions);
        more.add(Objects.requireNonNull(extension, "extension"));
        return new ClockSpec(rule, startsOn, baseDueOn, pauses, more, metOn);
    }
}
