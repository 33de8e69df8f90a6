package org.oversight.deadline;

import java.time.LocalDate;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.springframework.stereotype.Component;

/**
 * The response deadline of a newly made recommendation, by the issuing watchdog's rule: what the register and
 * the demo loader store in tracked_recommendation.response_due_on.
 */
@Component
public class ResponseDeadlines {

    private final DeadlinePolicy policy;
    private final ClockEngine engine;

    public ResponseDeadlines(DeadlinePolicy policy, ClockEngine engine) {
        this.policy = policy;
        this.engine = engine;
    }

    /** The rule that applies, for callers that also keep a clock record. */
    public ClockRule rule(String watchdogCode, ReportKind reportKind, RecommendationKind recommendationKind) {
        return policy.responseRule(watchdogCode, reportKind, recommendationKind);
    }

    public LocalDate responseDue(String watchdogCode, ReportKind reportKind, RecommendationKind recommendationKind,
                                 LocalDate madeOn) {
        return engine.originalDueOn(ClockSpec.starting(rule(watchdogCode, reportKind, recommendationKind), madeOn));
    }
}
