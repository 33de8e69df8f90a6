package org.oversight.deadline;

import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.RecommendationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** When a recommendation is recorded, the right clock starts for it without anyone choosing a rule. */
class DeadlinePolicyTest {

    private final DeadlinePolicy policy = new DeadlinePolicy(Clocks.properties());

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "IOPC,    INVESTIGATION, LEARNING_RECOMMENDATION, IOPC_LEARNING_RESPONSE",
            "' iopc', INVESTIGATION, LEARNING_RECOMMENDATION, IOPC_LEARNING_RESPONSE",
            // an IOPC item that is not a para 28A learning recommendation has no statutory clock
            "IOPC,    INVESTIGATION, RECOMMENDATION,          RESPONSE_PERIOD",
            "HMICFRS, INSPECTION,    CAUSE_OF_CONCERN,        HMICFRS_ACTION_PLAN",
            "HMICFRS, INSPECTION,    RECOMMENDATION,          HMICFRS_ACTION_PLAN",
            "HMICFRS, INSPECTION,    AREA_FOR_IMPROVEMENT,    HMICFRS_ACTION_PLAN",
            "HMIC,    INSPECTION,    RECOMMENDATION,          HMICFRS_ACTION_PLAN",
            "IICSA,   INQUIRY,       RECOMMENDATION,          INQUIRY_RESPONSE",
            "IICSA,   RESEARCH,      RECOMMENDATION,          INQUIRY_RESPONSE",
            // research written for an inquiry by someone else (NatCen), and any other inquiry
            "NATCEN,  RESEARCH,      RECOMMENDATION,          INQUIRY_RESPONSE",
            "MANCHESTER_ARENA, INQUIRY, RECOMMENDATION,       INQUIRY_RESPONSE",
            "CQC,     INSPECTION,    RECOMMENDATION,          RESPONSE_PERIOD",
    })
    void responseRuleFollowsWatchdogAndKind(String watchdog, ReportKind report, RecommendationKind kind,
                                            ClockRule expected) {
        assertThat(policy.responseRule(watchdog, report, kind)).isEqualTo(expected);
    }

    @Test
    void unknownWatchdogGetsTheConfiguredDefault() {
        assertThat(policy.responseRule(null, null, null)).isEqualTo(ClockRule.RESPONSE_PERIOD);

        var inquiryByDefault = new DeadlinePolicy(
                Clocks.properties("oversight.deadlines.default-rule=INQUIRY_RESPONSE"));
        assertThat(inquiryByDefault.responseRule("CQC", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION))
                .isEqualTo(ClockRule.INQUIRY_RESPONSE);
    }

    @Test
    void hmicfrsInspectionStartsTheForcePlanAndTheCommissionersResponse() {
        assertThat(policy.reportRules("HMICFRS", ReportKind.INSPECTION))
                .containsExactly(ClockRule.HMICFRS_ACTION_PLAN, ClockRule.PCC_RESPONSE);
        assertThat(policy.reportRules("IOPC", ReportKind.INVESTIGATION)).isEmpty();
        assertThat(policy.reportRules("IICSA", ReportKind.INQUIRY)).isEmpty();
    }
}
