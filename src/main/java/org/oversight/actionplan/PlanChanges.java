package org.oversight.actionplan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oversight.base.i18n.Wording;

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
        return headlineWording().text();
    }

    /** The same line kept as keys, so that each reader of an inbox entry reads it in their own language. */
    public Wording headlineWording() {
        if (nothingChanged()) {
            return Wording.of("actionplan.changes.nothing");
        }
        List<Wording> parts = new ArrayList<>();
        if (summaryChanged()) {
            parts.add(Wording.of("actionplan.changes.the-summary"));
        }
        if (!added.isEmpty()) {
            parts.add(Wording.of("actionplan.changes.added", added.size()));
        }
        if (!removed.isEmpty()) {
            parts.add(Wording.of("actionplan.changes.removed", removed.size()));
        }
        if (!changed.isEmpty()) {
            parts.add(Wording.of("actionplan.changes.changed", changed.size()));
        }
        return Wording.of("actionplan.changes.headline", parts);
    }
}
