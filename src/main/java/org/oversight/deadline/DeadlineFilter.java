package org.oversight.deadline;

import org.oversight.base.i18n.Messages;

/** Which deadlines a list shows. Due soon means within {@code oversight.deadlines.due-soon-days}, today included. */
public enum DeadlineFilter {
    NEEDS_ATTENTION("deadline.filter.attention"),
    OVERDUE("deadline.filter.overdue"),
    DUE_SOON("deadline.filter.due-soon"),
    PAUSED("deadline.filter.paused"),
    ALL("deadline.filter.all");

    private final String label;

    DeadlineFilter(String label) {
        this.label = label;
    }

    /** "Overdue or due soon", in the reader's language. */
    public String label() {
        return Messages.t(label);
    }
}
