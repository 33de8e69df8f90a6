package org.oversight.deadline;

import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.RecommendationKind;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which clock rule applies to what a watchdog publishes.
 * <p>
 * A recommendation's response clock, first match wins:
 * <ol>
 *   <li>a {@link RecommendationKind#LEARNING_RECOMMENDATION} (IOPC, Police Reform Act 2002 Sch 3 para 28A) →
 *       {@link ClockRule#IOPC_LEARNING_RESPONSE}, 56 days beginning with the day it was made. Other IOPC/IPCC
 *       items carry no statutory clock (the duty to respond dates from 2017) and fall through to the default;</li>
 *   <li>watchdog {@code HMICFRS} (or its former code {@code HMIC}), any kind →
 *       {@link ClockRule#HMICFRS_ACTION_PLAN}, the action plan period;</li>
 *   <li>watchdog {@code IICSA}, or a report of kind {@link ReportKind#INQUIRY} or {@link ReportKind#RESEARCH}
 *       from anyone else → {@link ClockRule#INQUIRY_RESPONSE}, 6 months with reminders;</li>
 *   <li>anything else (unknown watchdog, or an IOPC item other than a learning recommendation) → the configured
 *       {@code oversight.deadlines.default-rule}, by default {@link ClockRule#RESPONSE_PERIOD}.</li>
 * </ol>
 * Watchdog codes are those of {@code organisation.code}, compared without regard to case.
 */
@Component
public class DeadlinePolicy {

    private final DeadlineProperties properties;

    public DeadlinePolicy(DeadlineProperties properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    /** The rule for the clock on a recipient's response to one recommendation. */
    public ClockRule responseRule(String watchdogCode, ReportKind reportKind, RecommendationKind recommendationKind) {
        String watchdog = normalise(watchdogCode);
        if (recommendationKind == RecommendationKind.LEARNING_RECOMMENDATION) {
            return ClockRule.IOPC_LEARNING_RESPONSE;
        }
        if (isHmicfrs(watchdog)) {
            return ClockRule.HMICFRS_ACTION_PLAN;
        }
        if (watchdog.equals("IICSA") || reportKind == ReportKind.INQUIRY || reportKind == ReportKind.RESEARCH) {
            return ClockRule.INQUIRY_RESPONSE;
        }
        return properties.defaultRule();
    }

    /**
     * Clocks that start for each force named in a report when it is published, besides the per-recommendation
     * ones: for an HMICFRS inspection, the force's action plan and the commissioner's s55 response.
     */
    public List<ClockRule> reportRules(String watchdogCode, ReportKind reportKind) {
        if (isHmicfrs(normalise(watchdogCode)) && reportKind == ReportKind.INSPECTION) {
            return List.of(ClockRule.HMICFRS_ACTION_PLAN, ClockRule.PCC_RESPONSE);
        }
        return List.of();
    }

    private static boolean isHmicfrs(String watchdog) {
        return watchdog.equals("HMICFRS") || watchdog.equals("HMIC");
    }

    private static String normalise(String watchdogCode) {
        return watchdogCode == null ? "" : watchdogCode.strip().toUpperCase(Locale.ROOT);
    }
}
