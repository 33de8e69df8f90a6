package org.oversight.outcome;

import java.time.LocalDate;

/**
 * What a watchdog enters to record an outcome.
 *
 * @param sourceReportId the report in the app the judgement rests on, or null when {@code sourceLink} names one
 *                       published elsewhere
 * @param sourceLink     a web address of the inspection or report, or null
 */
public record OutcomeInput(OutcomeRating rating, LocalDate assessedOn, Long sourceReportId, String sourceLink,
                           String evidence, String reason) {
}
