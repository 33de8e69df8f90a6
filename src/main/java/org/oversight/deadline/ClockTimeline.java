package org.oversight.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Replays a clock's pauses and extensions in date order to find where its period ends.
 * <ul>
 *   <li>A pause counts only if it starts on or before the due date of the moment: a pause after the period has
 *       ended does not revive it. Overlapping pauses count once. Paused days before the start are ignored.</li>
 *   <li>An extension sets the due date to the date granted. A pause that began before the application was
 *       received is taken to be reflected in that date already; later pauses are added on top.</li>
 * </ul>
 */
final class ClockTimeline {

    /** Adds the paused days {@code from}..{@code toInclusive} to a due date. */
    @FunctionalInterface
    interface PausedDays {
        LocalDate addTo(LocalDate dueOn, LocalDate from, LocalDate toInclusive);
    }

    /** A stretch of paused days; {@code toInclusive} is null while it has no known end. */
    record Span(LocalDate from, LocalDate toInclusive) {

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && (toInclusive == null || !day.isAfter(toInclusive));
        }
    }

    /**
     * One thing that moved the due date, in the order replayed: a counted pause (with {@code pause}) or an
     * extension (with {@code extension}), and the due date after it. Read by {@link ClockExplanation}.
     */
    record Step(Span pause, Extension extension, LocalDate dueAfter) {
    }

    /** The due date, the pauses that moved it, and every step in order. */
    record Result(LocalDate dueOn, List<Span> countedPauses, List<Step> steps) {

        boolean isPausedOn(LocalDate day) {
            return countedPauses.stream().anyMatch(span -> span.contains(day));
        }
    }

    private ClockTimeline() {
    }

    /**
     * @param asOf the last day a running pause is known to have lasted (today, or the day the clock was met);
     *             {@code null} if not known
     * @return empty if a running pause counts and {@code asOf} is null: the due date is not known until it ends
     */
    static Optional<Result> replay(ClockSpec spec, LocalDate originalDueOn, LocalDate asOf, PausedDays pausedDays) {
        List<Span> pauses = mergedPauses(spec, asOf);
        List<Extension> extensions = spec.extensions().stream()
                .sorted(Comparator.comparing(Extension::receivedOn))
                .toList();
        LocalDate dueOn = originalDueOn;
        List<Span> counted = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        int p = 0;
        int e = 0;
        while (p < pauses.size() || e < extensions.size()) {
            boolean pauseNext = e == extensions.size()
                    || (p < pauses.size() && !pauses.get(p).from().isAfter(extensions.get(e).receivedOn()));
            if (!pauseNext) {
                Extension extension = extensions.get(e++);
                dueOn = extension.newDueOn();
                steps.add(new Step(null, extension, dueOn));
                continue;
            }
            Span pause = pauses.get(p++);
            if (pause.from().isAfter(dueOn)) {
                continue;
            }
            if (pause.toInclusive() == null) {
                return Optional.empty();
            }
            dueOn = pausedDays.addTo(dueOn, pause.from(), pause.toInclusive());
            counted.add(pause);
            steps.add(new Step(pause, null, dueOn));
        }
        return Optional.of(new Result(dueOn, List.copyOf(counted), List.copyOf(steps)));
    }

    /** Pauses clipped to the clock's start and to {@code asOf}, sorted, with overlaps merged. */
    private static List<Span> mergedPauses(ClockSpec spec, LocalDate asOf) {
        List<Span> clipped = new ArrayList<>();
        for (Pause pause : spec.pauses()) {
            LocalDate from = pause.from().isBefore(spec.startsOn()) ? spec.startsOn() : pause.from();
            LocalDate to = pause.isRunning() ? asOf : pause.toInclusive();
            if (to == null || !to.isBefore(from)) { // a running pause that has not begun by asOf is dropped
                clipped.add(new Span(from, to));
            }
        }
        clipped.sort(Comparator.comparing(Span::from));
        List<Span> merged = new ArrayList<>();
        for (Span span : clipped) {
            Span last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && (last.toInclusive() == null || !span.from().isAfter(last.toInclusive().plusDays(1)))) {
                merged.set(merged.size() - 1, new Span(last.from(), later(last.toInclusive(), span.toInclusive())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    // null is "no end yet", later than any day
    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : (a.isAfter(b) ? a : b);
    }
}
