package org.oversight.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.ThemeRef;

/**
 * A report with its facts and its recommendations.
 *
 * @param editable whether the signed-in user may edit it and add recommendations (staff of its watchdog)
 */
public record ReportDetail(long id, int version, long watchdogId, String watchdogName, String watchdogCode, ReportKind kind,
                           String title, String reference, LocalDate publishedOn, String link, String summary, String issuedAs,
                           List<OrganisationRef> forces, List<ThemeRef> themes, boolean editable,
                           List<ReportRecommendation> recommendations) {

    public ReportForm toForm() {
        return new ReportForm(kind, title, reference, publishedOn, link, summary,
                forces.stream().map(OrganisationRef::id).collect(Collectors.toSet()),
                themes.stream().map(ThemeRef::id).collect(Collectors.toSet()));
    }
}
