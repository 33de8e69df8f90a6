package org.oversight.outcome;

import org.oversight.base.i18n.Messages;
import java.util.List;
import org.oversight.base.RuleViolationException;

/** A bulk action refused as a whole: nothing was done, and these items (with why) could not take it. */
public class BulkRefusedException extends RuleViolationException {

    private final List<String> refused;

    BulkRefusedException(List<String> refused) {
        super(Messages.t("outcome.bulk.refused", refused.size(), String.join(" ", refused)));
        this.refused = List.copyOf(refused);
    }

    /** Each item that could not take the action, and why: "Surrey Police: it is in progress, not reported complete." */
    public List<String> refused() {
        return refused;
    }
}
