package org.oversight.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * One action of a plan with everything shown about it: the items it answers, its date history and how many updates
 * were posted on it (the updates themselves are read when opened: {@link PlanUpdates}).
 *
 * @param agreedDueOn the date agreed with the watchdog when it accepted the plan (null before that)
 */
public record ActionDetails(long id, String title, String description, String ownerName, LocalDate dueOn,
                            LocalDate originalDueOn, LocalDate agreedDueOn, int progress, ActionStatus status,
                            LocalDate completedOn, int version, List<Long> answers, List<DateRevision> revisions,
                            int updateCount) {

    public boolean dateMoved() {
        return !dueOn.equals(originalDueOn);
    }

    public boolean hasPendingRevision() {
        return revisions.stream().anyMatch(r -> r.status() == RevisionStatus.PENDING);
    }
}
