package org.oversight.dashboard;

/** An action plan to pick for the timeline: its id and how it reads in a list. */
public record PlanChoice(long id, String label) {
}
