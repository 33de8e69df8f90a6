package org.oversight.outcome;

/** How a recommendation relates to an earlier one. */
public enum LinkKind {
    REPEATS("Repeats", "repeated"),
    BUILDS_ON("Builds on", "built on");

    private final String label;
    private final String pastTense;

    LinkKind(String label, String pastTense) {
        this.label = label;
        this.pastTense = pastTense;
    }

    public String label() {
        return label;
    }

    /** As in "repeated by HMICFRS in 2019". */
    public String pastTense() {
        return pastTense;
    }
}
