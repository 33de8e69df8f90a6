package org.oversight.deadline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oversight.deadline.ClockState.Phase;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.deadline.ClockRule.IOPC_LEARNING_RESPONSE;

/**
 * A force answering an IOPC learning recommendation relies on this date: the response is due "before the end of
 * the period of 56 days beginning with the day on which the recommendation is made". The day it is made is day 1.
 */
class Iopc56DayClockTest {

    private final ClockEngine engine = Clocks.engine();

    private LocalDate lastDayToRespond(LocalDate madeOn) {
        return engine.dueOn(ClockSpec.starting(IOPC_LEARNING_RESPONSE, madeOn)).orElseThrow();
    }

    @Test
    void recommendationMadeOnFirstMarchMustBeAnsweredBy25April() {
        // 1–31 Mar are days 1–31; 1–25 Apr are days 32–56
        assertThat(lastDayToRespond(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 4, 25));
    }

    @Test
    void recommendationMadeOnTheLastDayOfJanuary() {
        // 31 Jan is day 1; 1–28 Feb 2026 are days 2–29; 1–27 Mar are days 30–56
        assertThat(lastDayToRespond(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void leapYearFebruaryHasOneMoreDay() {
        // 2024: 5–31 Jan are days 1–27; 1–29 Feb are days 28–56
        assertThat(lastDayToRespond(LocalDate.of(2024, 1, 5))).isEqualTo(LocalDate.of(2024, 2, 29));
        // 2023: 5–31 Jan are days 1–27; 1–28 Feb are days 28–55; 1 Mar is day 56
        assertThat(lastDayToRespond(LocalDate.of(2023, 1, 5))).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void recommendationMadeOnLeapDay() {
        // 29 Feb 2024 is day 1; 1–31 Mar are days 2–32; 1–24 Apr are days 33–56
        assertThat(lastDayToRespond(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 4, 24));
    }

    @Test
    void dueDateOnASaturdayIsNotMoved() {
        // 25 Apr 2026: 1 Jan 2026 is a Thursday, 25 Apr is day 115, 114 days = 16 weeks + 2 → Saturday.
        // The statute counts calendar days (decision 0002), so the Saturday stands.
        LocalDate due = lastDayToRespond(LocalDate.of(2026, 3, 1));
        assertThat(due).isEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void clockStartedOnChristmasDayStartsThatDay() {
        // 25 Dec 2026 (bank holiday) is day 1; 25–31 Dec are days 1–7; January 2027 is days 8–38;
        // 1–18 Feb are days 39–56
        assertThat(lastDayToRespond(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 2, 18));
    }

    @Test
    void clockStartedOnEasterMondayStartsThatDay() {
        // 29 Mar 2027 (Easter Monday) is day 1; 29–31 Mar are days 1–3; April is days 4–33; 1–23 May are
        // days 34–56. 23 May 2027 is a Sunday (1 May 2027 is a Saturday) and is not moved.
        assertThat(lastDayToRespond(LocalDate.of(2027, 3, 29))).isEqualTo(LocalDate.of(2027, 5, 23));
    }

    /** Made 1 Mar 2026, due 25 Apr 2026; due soon within 14 days. */
    @ParameterizedTest(name = "on {0}: {1}, {2} days left, {3} overdue")
    @CsvSource({
            // 1 Mar → 25 Apr: 30 days to 31 Mar, then 25 → 55
            "2026-03-01, RUNNING,   55, 0",
            // 10 Apr → 25 Apr: 15 days, one more than the window
            "2026-04-10, RUNNING,   15, 0",
            // 11 Apr → 25 Apr: 14 days, the first day of the window
            "2026-04-11, DUE_SOON,  14, 0",
            "2026-04-24, DUE_SOON,   1, 0",
            "2026-04-25, DUE_TODAY,  0, 0",
            "2026-04-26, OVERDUE,    0, 1",
            // 25 Apr → 5 May: 5 days to 30 Apr, then 5 → 10
            "2026-05-05, OVERDUE,    0, 10",
    })
    void whereTheClockStandsOnAGivenDay(LocalDate today, Phase phase, long daysLeft, long daysOverdue) {
        ClockState state = engine.evaluate(ClockSpec.starting(IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1)), today);

        assertThat(state.dueOn()).isEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(state.phase()).isEqualTo(phase);
        assertThat(state.daysLeft()).isEqualTo(daysLeft);
        assertThat(state.daysOverdue()).isEqualTo(daysOverdue);
    }

    @Test
    void dueSoonWindowIsConfigurable() {
        ClockEngine weekNotice = Clocks.engine("oversight.deadlines.due-soon-days=7");
        ClockSpec clock = ClockSpec.starting(IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1));

        // due 25 Apr: 17 Apr is 8 days before, 18 Apr is 7 days before
        assertThat(weekNotice.evaluate(clock, LocalDate.of(2026, 4, 17)).phase()).isEqualTo(Phase.RUNNING);
        assertThat(weekNotice.evaluate(clock, LocalDate.of(2026, 4, 18)).phase()).isEqualTo(Phase.DUE_SOON);
    }

    @Test
    void responseReceivedOnTheLastDayIsOnTime() {
        ClockSpec clock = ClockSpec.starting(IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1))
                .withMetOn(LocalDate.of(2026, 4, 25));

        ClockState state = engine.evaluate(clock, LocalDate.of(2026, 6, 1));

        assertThat(state.phase()).isEqualTo(Phase.MET_ON_TIME);
        assertThat(state.daysOverdue()).isZero();
        assertThat(state.daysLeft()).isZero();
    }

    @Test
    void responseReceivedTheDayAfterIsOneDayLate() {
        ClockSpec clock = ClockSpec.starting(IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1))
                .withMetOn(LocalDate.of(2026, 4, 26));

        ClockState state = engine.evaluate(clock, LocalDate.of(2026, 6, 1));

        assertThat(state.phase()).isEqualTo(Phase.MET_LATE);
        assertThat(state.daysOverdue()).isEqualTo(1);
    }

    @Test
    void earlyResponseStaysOnTimeWhateverDayIsAsked() {
        ClockSpec clock = ClockSpec.starting(IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1))
                .withMetOn(LocalDate.of(2026, 4, 1));

        assertThat(engine.evaluate(clock, LocalDate.of(2026, 4, 2)).phase()).isEqualTo(Phase.MET_ON_TIME);
        assertThat(engine.evaluate(clock, LocalDate.of(2027, 1, 1)).phase()).isEqualTo(Phase.MET_ON_TIME);
    }

    @Test
    void periodLengthIsConfigurable() {
        ClockEngine longer = Clocks.engine("oversight.deadlines.iopc-response-days=60");
        // 1–31 Mar are days 1–31; 1–29 Apr are days 32–60
        assertThat(longer.dueOn(ClockSpec.starting(IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1))))
                .contains(LocalDate.of(2026, 4, 29));
    }
}
