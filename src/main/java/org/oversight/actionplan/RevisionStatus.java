package org.oversight.actionplan;

import org.oversight.base.i18n.Messages;

/**
 * A request to move an action's due date. APPLIED: within the date agreed with the watchdog (or before any
 * agreement), so it took effect at once. PENDING: past the agreed date, waiting for the watchdog.
 */
public enum RevisionStatus {
    APPLIED("actionplan.revision-status.applied"),
    PENDING("actionplan.revision-status.pending"),
    APPROVED("actionplan.revision-status.approved"),
    REFUSED("actionplan.revision-status.refused");

    /** The key of the label in the bundles (decision 0093): the one place the label is looked up. */
    private final String labelKey;

    RevisionStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    /** What people call it, in the reader's language. */
    public String label() {
        return Messages.t(labelKey);
    }
}
