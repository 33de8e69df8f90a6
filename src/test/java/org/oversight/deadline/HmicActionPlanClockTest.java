package org.oversight.deadline;

import org.junit.jupiter.api.Test;
import org.oversight.deadline.ClockState.Phase;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.deadline.ClockRule.HMICFRS_ACTION_PLAN;

/** A force given "six weeks to respond with an action plan" (the Devon and Cornwall case) relies on this date. */
class HmicActionPlanClockTest {

    private final ClockEngine engine = Clocks.engine();

    @Test
    void actionPlanIsDueSixWeeksAfterPublication() {
        // published Sunday 1 Mar 2026; six Sundays later: 8, 15, 22, 29 Mar, 5, 12 Apr
        LocalDate due = engine.dueOn(ClockSpec.starting(HMICFRS_ACTION_PLAN, LocalDate.of(2026, 3, 1))).orElseThrow();

        assertThat(due).isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY); // not moved to Monday (decision 0002)
    }

    @Test
    void sixWeeksAcrossFebruary() {
        // published Saturday 31 Jan 2026; six Saturdays later: 7, 14, 21, 28 Feb, 7, 14 Mar
        assertThat(engine.dueOn(ClockSpec.starting(HMICFRS_ACTION_PLAN, LocalDate.of(2026, 1, 31))))
                .contains(LocalDate.of(2026, 3, 14));
    }

    @Test
    void periodIsConfigurable() {
        ClockEngine eightWeeks = Clocks.engine("oversight.deadlines.hmicfrs-plan-weeks=8");

        // 12 Apr (six weeks) + 2 weeks = 26 Apr 2026
        assertThat(eightWeeks.dueOn(ClockSpec.starting(HMICFRS_ACTION_PLAN, LocalDate.of(2026, 3, 1))))
                .contains(LocalDate.of(2026, 4, 26));
    }

    @Test
    void planSubmittedOnTheDueDayIsOnTimeAndTheDayAfterLate() {
        ClockSpec clock = ClockSpec.starting(HMICFRS_ACTION_PLAN, LocalDate.of(2026, 3, 1));

        assertThat(engine.evaluate(clock.withMetOn(LocalDate.of(2026, 4, 12)), LocalDate.of(2026, 5, 1)).phase())
                .isEqualTo(Phase.MET_ON_TIME);
        ClockState late = engine.evaluate(clock.withMetOn(LocalDate.of(2026, 4, 13)), LocalDate.of(2026, 5, 1));
        assertThat(late.phase()).isEqualTo(Phase.MET_LATE);
        assertThat(late.daysOverdue()).isEqualTo(1);
    }

    @Test
    void inspectorateMayAgreeALaterDateEvenAfterTheDeadlineAndTheOriginalIsKept() {
        ClockSpec clock = ClockSpec.starting(HMICFRS_ACTION_PLAN, LocalDate.of(2026, 3, 1));
        // no statute forbids a late request here (unlike the IOPC): received 20 Apr, after 12 Apr
        ClockSpec revised = engine.grantExtension(clock,
                new Extension(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 3), "Agreed with the inspectorate"));

        ClockState state = engine.evaluate(revised, LocalDate.of(2026, 4, 21));
        assertThat(state.dueOn()).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(state.originalDueOn()).isEqualTo(LocalDate.of(2026, 4, 12));
        // 21 Apr → 3 May: 9 days to 30 Apr, then 3 → 12
        assertThat(state.daysLeft()).isEqualTo(12);
        assertThat(state.phase()).isEqualTo(Phase.DUE_SOON);
    }
}
