package org.oversight.report;

import java.time.LocalDate;
import org.oversight.recommendation.ReportKind;

/**
 * One line of the reports list.
 *
 * @param items     tracked items (recommendation × recipient) the user can see
 * @param openItems of those, the ones not yet closed
 */
public record ReportRow(long id, String reference, String title, String watchdogName, ReportKind kind, LocalDate publishedOn,
                        int recommendations, int items, int openItems) {
}
