package org.oversight.deadline;

import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.RecommendationKind;
import java.time.LocalDate;
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
    public ClockRule rule(String watchdogCode, String reportKind, String recommendationKind) {
        return policy.responseRule(watchdogCode, ReportKind.valueOf(reportKind), RecommendationKind.valueOf(recommendationKind));
    }

    public LocalDate responseDue(String watchdogCode, String reportKind, String recommendationKind, LocalDate madeOn) {
        return engine.originalDueOn(ClockSpec.starting(rule(watchdogCode, reportKind, recommendationKind), madeOn));
    }
}
