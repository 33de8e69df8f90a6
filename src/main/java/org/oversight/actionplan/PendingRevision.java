package org.oversight.actionplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A due-date revision past the agreed date, waiting for the issuing watchdog. */
public record PendingRevision(long revisionId, long actionId, String actionTitle, long planId, String organisationName,
                              String reportReference, LocalDate fromDueOn, LocalDate toDueOn, LocalDate agreedDueOn,
                              String reason, OffsetDateTime requestedAt, String requestedBy) {
}
