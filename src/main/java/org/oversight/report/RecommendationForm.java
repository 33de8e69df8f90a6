package org.oversight.report;

import java.util.Set;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.Priority;

/**
 * What watchdog staff enter for one recommendation of a report.
 *
 * @param allForces    addressed to every force: one tracked item per force, on top of any {@code recipientIds}
 * @param recipientIds forces and national bodies it is addressed to; each gets its own tracked item
 */
public record RecommendationForm(String number, RecommendationKind kind, String text, Priority priority, Set<Long> themeIds,
                                 boolean allForces, Set<Long> recipientIds) {

    public RecommendationForm {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        recipientIds = recipientIds == null ? Set.of() : Set.copyOf(recipientIds);
    }
}
