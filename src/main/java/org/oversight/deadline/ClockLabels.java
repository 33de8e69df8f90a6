package org.oversight.deadline;

import java.util.List;
import org.springframework.stereotype.Component;

/** What a clock is called on screen and in e-mails, with the period it runs for as configured. */
@Component
public class ClockLabels {

    private final DeadlineProperties properties;

    public ClockLabels(DeadlineProperties properties) {
        this.properties = properties;
    }

    public String of(ClockRule rule) {
        return switch (rule) {
            case HMICFRS_ACTION_PLAN -> "Action plan (" + properties.hmicfrsPlanWeeks() + " weeks after publication)";
            case PCC_RESPONSE -> "Police and crime commissioner's published response (" + properties.pccResponseDays()
                    + " days after publication, Police Act 1996 s55)";
            case IOPC_LEARNING_RESPONSE -> "Response to the learning recommendation (" + properties.iopcResponseDays()
                    + " days beginning with the day it was made)";
            case IOPC_PUBLICATION -> "IOPC publishes the response (" + properties.iopcPublicationDays()
                    + " days after receiving it)";
            case INQUIRY_RESPONSE -> "Response to the inquiry (" + properties.inquiryResponseMonths()
                    + " months after publication)";
            case ACTION_TARGET -> "Implementation target";
            case OUTCOME_REASSESSMENT -> "Outcome re-assessment (" + ClockRule.REASSESSMENT_MONTHS
                    + " months after verification)";
            case RESPONSE_PERIOD -> "Response (" + properties.responsePeriodDays()
                    + (properties.responsePeriodWorkingDays() ? " working days" : " days") + " after publication)";
        };
    }

    /** The rules a recipient answers to, in the words of a short phrase: "action plan", "response". */
    public static String deliverable(ClockRule rule) {
        return switch (rule) {
            case HMICFRS_ACTION_PLAN -> "action plan";
            case PCC_RESPONSE -> "commissioner's response";
            case IOPC_PUBLICATION -> "publication of the response";
            case ACTION_TARGET -> "implementation target";
            case OUTCOME_REASSESSMENT -> "outcome re-assessment";
            case IOPC_LEARNING_RESPONSE, INQUIRY_RESPONSE, RESPONSE_PERIOD -> "response";
        };
    }

    /** The rules that time a response to a recommendation, for SQL conditions. */
    public static List<ClockRule> responseRules() {
        return java.util.Arrays.stream(ClockRule.values()).filter(ClockRule::timesRecommendationResponse).toList();
    }
}
