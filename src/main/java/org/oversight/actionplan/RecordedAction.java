package org.oversight.actionplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An action as a loader has it recorded (the demo data): its dates, status and agreement as they stand, not as a
 * lead would type them today. Written by {@link RecordedActions}.
 */
public record RecordedAction(String title, String description, String owner, LocalDate dueOn, LocalDate originalDueOn,
                             LocalDate agreedDueOn, int progress, ActionStatus status, LocalDate completedOn,
                             OffsetDateTime createdAt, OffsetDateTime updatedAt, Long updatedBy) {
}
