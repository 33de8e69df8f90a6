package org.oversight.outcome;

import org.oversight.base.i18n.Messages;

/** How a recommendation relates to an earlier one. */
public enum LinkKind {
    REPEATS,
    BUILDS_ON;

    /** "Repeats", "Builds on", in the reader's language. */
    public String label() {
        return this == REPEATS ? Messages.t("outcome.link-kind.repeats") : Messages.t("outcome.link-kind.builds-on");
    }

    /** "Repeats the earlier one": the choice in the link dialog. */
    public String labelWithTheEarlierOne() {
        return this == REPEATS ? Messages.t("outcome.link-kind.repeats.earlier")
                : Messages.t("outcome.link-kind.builds-on.earlier");
    }

    /** "repeated by HMICFRS in 2019", for {@link RepeatChain#inWords()}. */
    String byWhomAndWhen(String watchdog, String years) {
        return this == REPEATS ? Messages.t("outcome.chain.repeated", watchdog, years)
                : Messages.t("outcome.chain.built-on", watchdog, years);
    }
}
