package org.oversight.dashboard;

import java.util.Arrays;
import java.util.List;
import org.oversight.recommendation.RecommendationKind;

/** How the kinds of recommendation read on the dashboard, in the order of {@link RecommendationKind}. */
public final class RecommendationKinds {

    private RecommendationKinds() {
    }

    public static String label(RecommendationKind kind) {
        return switch (kind) {
            case CAUSE_OF_CONCERN -> "Cause of concern";
            case RECOMMENDATION -> "Recommendation";
            case AREA_FOR_IMPROVEMENT -> "Area for improvement";
            case LEARNING_RECOMMENDATION -> "Learning recommendation";
        };
    }

    public static List<String> labels() {
        return Arrays.stream(RecommendationKind.values()).map(RecommendationKinds::label).toList();
    }
}
