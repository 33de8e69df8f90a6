package org.oversight.publication;

import java.time.LocalDate;
import java.util.List;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.Status;

/**
 * One recipient's recommendation as the public register shows it: published, with its text already redacted. The
 * identifiers are stable: {@code id} is the item (one recommendation to one recipient), {@code recommendationId}
 * the recommendation whoever it is addressed to, {@code recipientCode} the recipient.
 */
public record PublicItem(long id, long recommendationId, String number, RecommendationKind kind, String text,
                         Status status, LocalDate statusChangedOn, LocalDate dueOn, LocalDate closedOn,
                         String recipientCode, String recipientName,
                         long reportId, String reportReference, String reportTitle, ReportKind reportKind,
                         LocalDate reportPublishedOn, String watchdogCode, String watchdogName,
                         List<String> themeCodes, List<String> themeNames) {

    public boolean overdue(LocalDate today) {
        return !status.isClosed() && dueOn != null && dueOn.isBefore(today);
    }
}
