package org.oversight.actionplan;

import java.time.OffsetDateTime;
import java.util.List;

/** A dated progress update on an action or a recommendation, with its evidence files (metadata only). */
public record UpdateEntry(long id, String body, Integer progress, OffsetDateTime postedAt, String postedBy,
                          List<EvidenceEntry> evidence) {
}
