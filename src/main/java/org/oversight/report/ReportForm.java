package org.oversight.report;

import java.time.LocalDate;
import java.util.Set;
import org.oversight.recommendation.ReportKind;

/**
 * What watchdog staff enter for a report. The watchdog is always the user's own.
 *
 * @param forceIds the forces the report concerns
 */
public record ReportForm(ReportKind kind, String title, String reference, LocalDate publishedOn, String link, String summary,
                         Set<Long> forceIds, Set<Long> themeIds) {

    public ReportForm {
        forceIds = forceIds == null ? Set.of() : Set.copyOf(forceIds);
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
    }
}
