package org.oversight.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rule table, under {@code oversight.deadlines}. Defaults are the periods in force (see {@link ClockRule}).
 *
 * @param hmicfrsPlanWeeks          weeks after publication for an HMICFRS action plan
 * @param pccResponseDays           days after publication for a commissioner's response (Police Act 1996 s55)
 * @param iopcResponseDays          length of the IOPC response period, beginning with the day a learning
 *                                  recommendation is made (Police Reform Act 2002 Sch 3 para 28B)
 * @param iopcPublicationDays       days after the IOPC receives a response by which it publishes it
 * @param inquiryResponseMonths     months after publication by which an inquiry expects a response
 * @param dueSoonDays               how many days before the due date a clock counts as due soon
 * @param defaultRule               the rule for items no built-in mapping covers (see {@link DeadlinePolicy})
 * @param responsePeriodDays        the length of {@link ClockRule#RESPONSE_PERIOD}
 * @param responsePeriodWorkingDays whether {@link ClockRule#RESPONSE_PERIOD} counts working days in England and
 *                                  Wales instead of calendar days
 */
@ConfigurationProperties("oversight.deadlines")
public record DeadlineProperties(
        @DefaultValue("6") int hmicfrsPlanWeeks,
        @DefaultValue("56") int pccResponseDays,
        @DefaultValue("56") int iopcResponseDays,
        @DefaultValue("21") int iopcPublicationDays,
        @DefaultValue("6") int inquiryResponseMonths,
        @DefaultValue("14") int dueSoonDays,
        @DefaultValue("RESPONSE_PERIOD") ClockRule defaultRule,
        @DefaultValue("56") int responsePeriodDays,
        @DefaultValue("false") boolean responsePeriodWorkingDays) {

    public DeadlineProperties {
        atLeast(1, hmicfrsPlanWeeks, "hmicfrs-plan-weeks");
        atLeast(1, pccResponseDays, "pcc-response-days");
        atLeast(1, iopcResponseDays, "iopc-response-days");
        atLeast(1, iopcPublicationDays, "iopc-publication-days");
        atLeast(1, inquiryResponseMonths, "inquiry-response-months");
        atLeast(0, dueSoonDays, "due-soon-days");
        atLeast(1, responsePeriodDays, "response-period-days");
        if (defaultRule == null || defaultRule == ClockRule.ACTION_TARGET) {
            // an action target has no period of its own: its date is typed into the action plan
            throw new IllegalArgumentException(
                    "oversight.deadlines.default-rule must be a rule with a period, not " + defaultRule); // i18n-ok: a setting's error
        }
    }

    private static void atLeast(int minimum, int value, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(
                    "oversight.deadlines." + name + " must be at least " + minimum + ", was " + value); // i18n-ok: a setting's error
        }
    }
}
