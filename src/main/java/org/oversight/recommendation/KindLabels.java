package org.oversight.recommendation;


/** The words people use for the kinds of report and recommendation (the enums live with the clocks that use them). */
public final class KindLabels {

    private KindLabels() {
    }

    public static String of(RecommendationKind kind) {
        return switch (kind) {
            case CAUSE_OF_CONCERN -> "Cause of concern";
            case RECOMMENDATION -> "Recommendation";
            case AREA_FOR_IMPROVEMENT -> "Area for improvement";
            case LEARNING_RECOMMENDATION -> "Learning recommendation";
        };
    }

    public static String of(ReportKind kind) {
        return switch (kind) {
            case INSPECTION -> "Inspection";
            case INVESTIGATION -> "Investigation";
            case INQUIRY -> "Inquiry";
            case RESEARCH -> "Research";
        };
    }
}
