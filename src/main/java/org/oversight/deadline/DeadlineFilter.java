package org.oversight.deadline;

/** Which deadlines a list shows. Due soon means within {@code oversight.deadlines.due-soon-days}, today included. */
public enum DeadlineFilter {
    NEEDS_ATTENTION("Overdue or due soon"),
    OVERDUE("Overdue"),
    DUE_SOON("Due soon"),
    PAUSED("Paused"),
    ALL("All deadlines");

    private final String label;

    DeadlineFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
