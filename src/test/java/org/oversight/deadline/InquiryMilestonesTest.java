package org.oversight.deadline;

import org.junit.jupiter.api.Test;
import org.oversight.deadline.ClockState.Phase;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oversight.deadline.ClockRule.INQUIRY_RESPONSE;
import static org.oversight.deadline.MilestoneKind.FIRST_REMINDER;
import static org.oversight.deadline.MilestoneKind.PUBLIC_REMINDER;
import static org.oversight.deadline.MilestoneKind.RULE_9_REQUEST;
import static org.oversight.deadline.MilestoneKind.SECOND_REMINDER;
import static org.oversight.deadline.MilestoneKind.SECTION_21_NOTICE;

/**
 * Inquiry staff chase responses on a fixed ladder (IICSA practice): a response within 6 months; reminders at 3,
 * 6 and 7 months (the 7-month one public); a Rule 9 request at 9 months; a section 21 notice at 12.
 */
class InquiryMilestonesTest {

    private final ClockEngine engine = Clocks.engine();

    @Test
    void reportPublishedOnTheLastDayOfAugustClampsToMonthEnds() {
        ClockSpec clock = ClockSpec.starting(INQUIRY_RESPONSE, LocalDate.of(2026, 8, 31));

        // 2027 is not a leap year, so 6 months from 31 Aug 2026 is 28 Feb 2027
        assertThat(engine.dueOn(clock)).contains(LocalDate.of(2027, 2, 28));
        assertThat(engine.milestones(clock))
                .extracting(Milestone::kind, Milestone::dueOn, Milestone::isPublic)
                .containsExactly(
                        tuple(FIRST_REMINDER, LocalDate.of(2026, 11, 30), false),   // November has 30 days
                        tuple(SECOND_REMINDER, LocalDate.of(2027, 2, 28), false),   // February 2027 has 28
                        // counted from 31 Aug, not from 28 Feb: 31 Mar, not 28 Mar
                        tuple(PUBLIC_REMINDER, LocalDate.of(2027, 3, 31), true),
                        tuple(RULE_9_REQUEST, LocalDate.of(2027, 5, 31), false),
                        tuple(SECTION_21_NOTICE, LocalDate.of(2027, 8, 31), false));
    }

    @Test
    void leapYearFebruaryEndsOnThe29th() {
        ClockSpec clock = ClockSpec.starting(INQUIRY_RESPONSE, LocalDate.of(2027, 8, 31));

        // 2028 is a leap year: 6 months from 31 Aug 2027 is 29 Feb 2028
        assertThat(engine.dueOn(clock)).contains(LocalDate.of(2028, 2, 29));
        assertThat(engine.milestones(clock)).extracting(Milestone::dueOn).containsExactly(
                LocalDate.of(2027, 11, 30), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31),
                LocalDate.of(2028, 5, 31), LocalDate.of(2028, 8, 31));
    }

    @Test
    void midMonthPublicationKeepsTheDay() {
        ClockSpec clock = ClockSpec.starting(INQUIRY_RESPONSE, LocalDate.of(2027, 1, 15));

        assertThat(engine.dueOn(clock)).contains(LocalDate.of(2027, 7, 15));
        assertThat(engine.milestones(clock)).extracting(Milestone::dueOn).containsExactly(
                LocalDate.of(2027, 4, 15), LocalDate.of(2027, 7, 15), LocalDate.of(2027, 8, 15),
                LocalDate.of(2027, 10, 15), LocalDate.of(2028, 1, 15));
    }

    @Test
    void milestonesHaveLabelsAPersonCanRead() {
        ClockSpec clock = ClockSpec.starting(INQUIRY_RESPONSE, LocalDate.of(2026, 8, 31));

        assertThat(engine.milestones(clock)).extracting(Milestone::label).containsExactly(
                "Reminder letter (3 months)",
                "Reminder letter (6 months)",
                "Public reminder letter (7 months)",
                "Rule 9 request for a statement of reasons (9 months)",
                "Section 21 notice (12 months)");
    }

    @Test
    void unansweredInquiryIsOverdueWithEveryStepStillPlanned() {
        ClockSpec clock = ClockSpec.starting(INQUIRY_RESPONSE, LocalDate.of(2026, 8, 31));

        ClockState state = engine.evaluate(clock, LocalDate.of(2027, 4, 1));
        assertThat(state.phase()).isEqualTo(Phase.OVERDUE);
        // 28 Feb → 31 Mar is 31 days, → 1 Apr is 32
        assertThat(state.daysOverdue()).isEqualTo(32);
        assertThat(state.milestones()).hasSize(5);
    }

    @Test
    void onceAnsweredOnlyTheStepsAlreadyDueRemain() {
        ClockSpec answered = ClockSpec.starting(INQUIRY_RESPONSE, LocalDate.of(2026, 8, 31))
                .withMetOn(LocalDate.of(2027, 3, 15));

        ClockState state = engine.evaluate(answered, LocalDate.of(2027, 6, 1));
        assertThat(state.phase()).isEqualTo(Phase.MET_LATE);
        // due 28 Feb 2027 → 15 Mar is 15 days late
        assertThat(state.daysOverdue()).isEqualTo(15);
        // the public reminder (31 Mar) and later steps are never taken
        assertThat(state.milestones()).extracting(Milestone::kind).containsExactly(FIRST_REMINDER, SECOND_REMINDER);
    }

    @Test
    void responsePeriodIsConfigurableButTheLadderIsNot() {
        ClockEngine fourMonths = Clocks.engine("oversight.deadlines.inquiry-response-months=4");
        ClockSpec clock = ClockSpec.starting(INQUIRY_RESPONSE, LocalDate.of(2026, 8, 31));

        assertThat(fourMonths.dueOn(clock)).contains(LocalDate.of(2026, 12, 31));
        assertThat(fourMonths.milestones(clock)).extracting(Milestone::dueOn)
                .startsWith(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 28));
    }

    @Test
    void otherClocksHaveNoMilestones() {
        assertThat(engine.milestones(ClockSpec.starting(ClockRule.IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 8, 31))))
                .isEmpty();
        assertThat(engine.evaluate(ClockSpec.starting(ClockRule.PCC_RESPONSE, LocalDate.of(2026, 8, 31)),
                LocalDate.of(2026, 9, 1)).milestones()).isEmpty();
    }
}
