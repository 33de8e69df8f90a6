package org.oversight.recommendation;

/** The kinds of recommendation in the {@code recommendation.kind} column. */
public enum RecommendationKind {
    CAUSE_OF_CONCERN, RECOMMENDATION, AREA_FOR_IMPROVEMENT, LEARNING_RECOMMENDATION
}
