package org.oversight.recommendation;

import java.time.OffsetDateTime;

/** One dated step in an item's history: who moved it from what to what, and why. {@code from} is null at the start. */
public record StatusHistoryEntry(OffsetDateTime changedAt, Status from, Status to, String changedBy, String changedByOrganisation,
                                 String reason) {
}
