package org.oversight.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An action plan to pick for the timeline: its id, how it reads in a list, and how many actions it has and how many
 * of them are not done (cancelled ones not counted).
 */
public record PlanChoice(long id, String label, int actions, int unfinished) {

    /** The plan a timeline opens on when none is asked for: the most unfinished actions, then the most actions. */
    public static Optional<PlanChoice> busiest(List<PlanChoice> plans) {
        return plans.stream().max(Comparator.comparingInt(PlanChoice::unfinished)
                .thenComparingInt(PlanChoice::actions).thenComparing(p -> -p.id()));
    }
}
