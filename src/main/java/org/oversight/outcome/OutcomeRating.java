package org.oversight.outcome;

import org.oversight.base.i18n.Messages;

/**
 * A watchdog's judgement, after verification, of whether a recommendation worked for one recipient. "Could not be
 * determined" is its own state: it is neither a success nor a failure, and no rate counts it as either.
 */
public enum OutcomeRating {
    EFFECTIVE("outcome.rating.effective"),
    PARTLY_EFFECTIVE("outcome.rating.partly-effective"),
    NOT_EFFECTIVE("outcome.rating.not-effective"),
    COULD_NOT_BE_DETERMINED("outcome.rating.could-not-be-determined");

    private final String key;

    OutcomeRating(String key) {
        this.key = key;
    }

    /** "Partly effective", in the reader's language. */
    public String label() {
        return Messages.t(key);
    }

    public String explanation() {
        return Messages.t(key + ".explanation");
    }

    /** Whether the rating is a judgement either way (every rating but "could not be determined"). */
    public boolean isDetermined() {
        return this != COULD_NOT_BE_DETERMINED;
    }
}
