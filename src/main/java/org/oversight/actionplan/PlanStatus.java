package org.oversight.actionplan;

import org.oversight.base.i18n.Messages;

/** Where a recipient's action plan stands with the watchdog. */
public enum PlanStatus {
    DRAFT("actionplan.plan-status.draft"),
    SUBMITTED("actionplan.plan-status.submitted"),
    ACCEPTED("actionplan.plan-status.accepted"),
    RETURNED("actionplan.plan-status.returned");

    /** The key of the label in the bundles (decision 0093): the one place the label is looked up. */
    private final String labelKey;

    PlanStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    /** What people call it, in the reader's language. */
    public String label() {
        return Messages.t(labelKey);
    }

    /** The recipient may change the plan's actions only while the watchdog is not looking at it. */
    public boolean editableByRecipient() {
        return this != SUBMITTED;
    }
}
