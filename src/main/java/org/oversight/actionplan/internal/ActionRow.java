package org.oversight.actionplan.internal;

import java.time.LocalDate;
import org.oversight.actionplan.ActionStatus;

/** An action with the plan fields its rules depend on. */
public record ActionRow(long id, PlanRow plan, String title, String description, String ownerName, LocalDate dueOn,
                        LocalDate originalDueOn, LocalDate agreedDueOn, int progress, ActionStatus status,
                        LocalDate completedOn, int version) {
}
