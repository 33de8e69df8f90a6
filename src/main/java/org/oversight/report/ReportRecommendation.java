package org.oversight.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecipientSummary;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.ThemeRef;

/**
 * One recommendation of a report.
 *
 * @param allForces  addressed to every force
 * @param recipients the recipients' items the user may see (a force lead sees only their own)
 * @param summary    how all recipients stand, as counts
 */
public record ReportRecommendation(long id, int version, String number, RecommendationKind kind, Priority priority, String text,
                                   List<ThemeRef> themes, boolean allForces, Set<Long> recipientIds,
                                   List<Recipient> recipients, RecipientSummary summary) {

    /** One recipient's item: its id is the register's /recommendations/{id}; daysLeft is negative when overdue. */
    public record Recipient(long trackedId, long organisationId, String name, Status status, LocalDate dueOn, Long daysLeft,
                            LocalDate closedOn) {
    }

    public RecommendationForm toForm() {
        return new RecommendationForm(number, kind, text, priority,
                themes.stream().map(ThemeRef::id).collect(Collectors.toSet()), allForces, recipientIds);
    }
}
