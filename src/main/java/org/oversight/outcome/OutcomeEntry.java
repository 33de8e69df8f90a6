package org.oversight.outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded outcome assessment, as the item page lists it. */
public record OutcomeEntry(long id, OutcomeRating rating, LocalDate assessedOn, Long sourceReportId,
                           String sourceReference, String sourceTitle, String sourceLink, String evidence,
                           String reason, String recordedBy, OffsetDateTime recordedAt) {

    /** The report the judgement rests on, in words. */
    public String source() {
        if (sourceReference != null) {
            return sourceReference + " – " + sourceTitle;
        }
        return sourceLink;
    }
}
