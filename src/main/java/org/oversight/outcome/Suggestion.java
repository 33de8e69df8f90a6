package org.oversight.outcome;

import java.time.LocalDate;

/** A likely earlier equivalent of a recommendation, found by text similarity, for watchdog staff to confirm or dismiss. */
public record Suggestion(long earlierId, String watchdog, LocalDate publishedOn, String reportReference,
                         String reportTitle, String number, String text, float score) {
}
