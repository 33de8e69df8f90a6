package org.oversight.actionplan;

import org.oversight.base.i18n.Messages;

/** The state of one action in a plan. */
public enum ActionStatus {
    NOT_STARTED("actionplan.action-status.not-started"),
    IN_PROGRESS("actionplan.action-status.in-progress"),
    DONE("actionplan.action-status.done"),
    BLOCKED("actionplan.action-status.blocked"),
    CANCELLED("actionplan.action-status.cancelled");

    /** The key of the label in the bundles (decision 0093): the one place the label is looked up. */
    private final String labelKey;

    ActionStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    /** What people call it, in the reader's language. */
    public String label() {
        return Messages.t(labelKey);
    }

    /** Done or cancelled: nothing more will happen on it, so its date can no longer slip. */
    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }
}
