package org.oversight.deadline;

import org.oversight.base.i18n.Messages;

/**
 * The escalation steps of a public inquiry when a response does not come (IICSA practice), each a fixed number of
 * months after publication. Only the 7-month reminder is published.
 */
public enum MilestoneKind {
    FIRST_REMINDER(3, "deadline.milestone.first-reminder", false),
    SECOND_REMINDER(6, "deadline.milestone.second-reminder", false),
    PUBLIC_REMINDER(7, "deadline.milestone.public-reminder", true),
    RULE_9_REQUEST(9, "deadline.milestone.rule-9-request", false),
    SECTION_21_NOTICE(12, "deadline.milestone.section-21-notice", false);

    private final int monthsAfterStart;
    private final String label;
    private final boolean isPublic;

    MilestoneKind(int monthsAfterStart, String label, boolean isPublic) {
        this.monthsAfterStart = monthsAfterStart;
        this.label = label;
        this.isPublic = isPublic;
    }

    public int monthsAfterStart() {
        return monthsAfterStart;
    }

    /** "Reminder letter (3 months)", in the reader's language. */
    public String label() {
        return Messages.t(label);
    }

    public boolean isPublic() {
        return isPublic;
    }
}
