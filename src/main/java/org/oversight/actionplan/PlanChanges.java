package org.oversight.actionplan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oversight.base.i18n.Messages;

/**
 * What a resubmitted plan changed since the watchdog returned it: its summary before and after, and the actions
 * added, removed and changed (with each changed field before and after). Computed once, by
 * {@link PlanChangeService}; the plan page and the "plan submitted" handoff both show this.
 *
 * @param summaryBefore the summary when the plan was returned (null if there was none)
 * @param summaryAfter  the summary now (null if there is none)
 */
public record PlanChanges(OffsetDateTime returnedAt, String summaryBefore, String summaryAfter,
                          List<ActionChange> added, List<ActionChange> removed, List<ActionChange> changed) {

    /** One action added, removed or changed; {@code fields} lists the changes of a changed one. */
    public record ActionChange(String title, String owner, String dueOn, List<FieldChange> fields) {
    }

    /** One field of an action before and after, as words and UK dates. */
    public record FieldChange(String field, String before, String after) {

        /** "Due date: 31 Mar 2027 → 30 Jun 2027". */
        public String line() {
            return field + ": " + before + " → " + after;
        }
    }

    public boolean summaryChanged() {
        return !Objects.equals(summaryBefore, summaryAfter);
    }

    public boolean nothingChanged() {
        return !summaryChanged() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** One line for the inbox: "Changed since it was returned: the summary, 1 action added, 2 actions changed." */
    public String headline() {
        if (nothingChanged()) {
            return Messages.t("actionplan.changes.nothing");
        }
        List<String> parts = new ArrayList<>();
        if (summaryChanged()) {
            parts.add(Messages.t("actionplan.changes.the-summary"));
        }
        if (!added.isEmpty()) {
            parts.add(Messages.t("actionplan.changes.added", added.size()));
        }
        if (!removed.isEmpty()) {
            parts.add(Messages.t("actionplan.changes.removed", removed.size()));
        }
        if (!changed.isEmpty()) {
            parts.add(Messages.t("actionplan.changes.changed", changed.size()));
        }
        return Messages.t("actionplan.changes.headline", String.join(", ", parts));
    }
}
