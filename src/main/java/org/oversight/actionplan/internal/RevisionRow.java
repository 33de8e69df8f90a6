package org.oversight.actionplan.internal;

import java.time.LocalDate;
import org.oversight.actionplan.RevisionStatus;

/** A due-date revision with the action it belongs to. */
public record RevisionRow(long id, ActionRow action, LocalDate fromDueOn, LocalDate toDueOn, String reason,
                          RevisionStatus status) {
}
