package org.oversight.publication;

import java.time.LocalDate;
import java.util.List;
import org.oversight.recommendation.ReportKind;

/**
 * A published report and its items in order. A withheld item keeps its place with its number, recipient and the
 * ground, so that the public can see that something is withheld and why, but not what.
 */
public record PublicReport(long id, String reference, String title, ReportKind kind, LocalDate publishedOn,
                           String watchdogCode, String watchdogName, String summary, String link,
                           List<PublicItem> items, List<WithheldItem> withheld) {

    public record WithheldItem(String number, org.oversight.recommendation.RecommendationKind kind, String recipientName, Ground ground) {
    }
}
