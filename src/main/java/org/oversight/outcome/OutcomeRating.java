package org.oversight.outcome;

/**
 * A watchdog's judgement, after verification, of whether a recommendation worked for one recipient. "Could not be
 * determined" is its own state: it is neither a success nor a failure, and no rate counts it as either.
 */
public enum OutcomeRating {
    EFFECTIVE("Effective", "The harm it addressed has not recurred: the change works."),
    PARTLY_EFFECTIVE("Partly effective", "Some of the change works; some of the harm remains."),
    NOT_EFFECTIVE("Not effective", "The change was made but the harm it addressed continues."),
    COULD_NOT_BE_DETERMINED("Could not be determined",
            "There is not enough evidence to judge; this is neither a success nor a failure.");

    private final String label;
    private final String explanation;

    OutcomeRating(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** Whether the rating is a judgement either way (every rating but "could not be determined"). */
    public boolean isDetermined() {
        return this != COULD_NOT_BE_DETERMINED;
    }
}
