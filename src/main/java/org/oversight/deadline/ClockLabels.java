package org.oversight.deadline;

import org.oversight.base.i18n.Messages;
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
            case HMICFRS_ACTION_PLAN -> Messages.t("deadline.rule.hmicfrs-action-plan", n(properties.hmicfrsPlanWeeks()));
            case PCC_RESPONSE -> Messages.t("deadline.rule.pcc-response", n(properties.pccResponseDays()));
            case IOPC_LEARNING_RESPONSE -> Messages.t("deadline.rule.iopc-learning-response", n(properties.iopcResponseDays()));
            case IOPC_PUBLICATION -> Messages.t("deadline.rule.iopc-publication", n(properties.iopcPublicationDays()));
            case INQUIRY_RESPONSE -> Messages.t("deadline.rule.inquiry-response", n(properties.inquiryResponseMonths()));
            case ACTION_TARGET -> Messages.t("deadline.rule.action-target");
            case OUTCOME_REASSESSMENT -> Messages.t("deadline.rule.outcome-reassessment", n(ClockRule.REASSESSMENT_MONTHS));
            case RESPONSE_PERIOD -> Messages.t(properties.responsePeriodWorkingDays() ? "deadline.rule.response-period-working"
                    : "deadline.rule.response-period", n(properties.responsePeriodDays()));
        };
    }

    /** The rules a recipient answers to, in the words of a short phrase: "action plan", "response". */
    public static String deliverable(ClockRule rule) {
        return switch (rule) {
            case HMICFRS_ACTION_PLAN -> Messages.t("deadline.deliverable.action-plan");
            case PCC_RESPONSE -> Messages.t("deadline.deliverable.pcc-response");
            case IOPC_PUBLICATION -> Messages.t("deadline.deliverable.iopc-publication");
            case ACTION_TARGET -> Messages.t("deadline.deliverable.action-target");
            case OUTCOME_REASSESSMENT -> Messages.t("deadline.deliverable.outcome-reassessment");
            case IOPC_LEARNING_RESPONSE, INQUIRY_RESPONSE, RESPONSE_PERIOD -> Messages.t("deadline.deliverable.response");
        };
    }

    /** A count, so that Welsh takes the noun's form for it ("2 ddiwrnod"); small, so no thousands separator. */
    private static Integer n(int number) {
        return number;
    }

    /** The rules that time a response to a recommendation, for SQL conditions. */
    public static List<ClockRule> responseRules() {
        return java.util.Arrays.stream(ClockRule.values()).filter(ClockRule::timesRecommendationResponse).toList();
    }
}
