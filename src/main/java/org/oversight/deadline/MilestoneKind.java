package org.oversight.deadline;

/**
 * The escalation steps of a public inquiry when a response does not come (IICSA practice), each a fixed number of
 * months after publication. Only the 7-month reminder is published.
 */
public enum MilestoneKind {
    FIRST_REMINDER(3, "Reminder letter (3 months)", false),
    SECOND_REMINDER(6, "Reminder letter (6 months)", false),
    PUBLIC_REMINDER(7, "Public reminder letter (7 months)", true),
    RULE_9_REQUEST(9, "Rule 9 request for a statement of reasons (9 months)", false),
    SECTION_21_NOTICE(12, "Section 21 notice (12 months)", false);

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

    public String label() {
        return label;
    }

    public boolean isPublic() {
        return isPublic;
    }
}
