package org.oversight.dashboard;

import java.util.Arrays;
import java.util.List;
import org.oversight.recommendation.RecommendationKind;

/** How the kinds of recommendation read on the dashboard, in the order of {@link RecommendationKind}. */
public final class RecommendationKinds {

    private RecommendationKinds() {
    }

    public static String label(RecommendationKind kind) {
        return org.oversight.recommendation.KindLabels.of(kind);
    }

    public static List<String> labels() {
        return Arrays.stream(RecommendationKind.values()).map(RecommendationKinds::label).toList();
    }
}
