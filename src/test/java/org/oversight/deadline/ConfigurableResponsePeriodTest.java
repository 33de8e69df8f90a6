package org.oversight.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.deadline.ClockRule.RESPONSE_PERIOD;

/**
 * Watchdogs without a rule of their own get the configurable response period, in calendar days by default or in
 * working days of England and Wales. 25 Dec 2026 is a Friday, 28 Dec the substitute Boxing Day, 1 Jan 2027 a
 * Friday; Good Friday 2027 is 26 Mar and Easter Monday 29 Mar.
 */
class ConfigurableResponsePeriodTest {

    private final ClockEngine workingDays = Clocks.engine(
            "oversight.deadlines.response-period-days=10",
            "oversight.deadlines.response-period-working-days=true");

    @Test
    void byDefaultFiftySixCalendarDaysAfterTheStart() {
        // 26–31 Dec are days 1–6, January 2027 days 7–37, 1–19 Feb days 38–56
        assertThat(Clocks.engine().dueOn(ClockSpec.starting(RESPONSE_PERIOD, LocalDate.of(2026, 12, 25))))
                .contains(LocalDate.of(2027, 2, 19));
    }

    @Test
    void tenWorkingDaysFromChristmasDay() {
        // Tue 29 (1), Wed 30 (2), Thu 31 (3), [Fri 1 Jan holiday], Mon 4 (4), Tue 5 (5), Wed 6 (6), Thu 7 (7),
        // Fri 8 (8), Mon 11 (9), Tue 12 Jan 2027 (10)
        assertThat(workingDays.dueOn(ClockSpec.starting(RESPONSE_PERIOD, LocalDate.of(2026, 12, 25))))
                .contains(LocalDate.of(2027, 1, 12));
        // started on Christmas Eve, the same ten working days follow
        assertThat(workingDays.dueOn(ClockSpec.starting(RESPONSE_PERIOD, LocalDate.of(2026, 12, 24))))
                .contains(LocalDate.of(2027, 1, 12));
    }

    @Test
    void fiveWorkingDaysOverEaster() {
        ClockEngine fiveDays = Clocks.engine(
                "oversight.deadlines.response-period-days=5",
                "oversight.deadlines.response-period-working-days=true");
        // from Thu 25 Mar 2027: [Good Friday, weekend, Easter Monday], Tue 30 (1), Wed 31 (2), Thu 1 Apr (3),
        // Fri 2 Apr (4), Mon 5 Apr (5)
        assertThat(fiveDays.dueOn(ClockSpec.starting(RESPONSE_PERIOD, LocalDate.of(2027, 3, 25))))
                .contains(LocalDate.of(2027, 4, 5));
    }

    @Test
    void pauseAddsTheWorkingDaysItCovers() {
        // due Tue 12 Jan 2027; paused Mon 4 – Fri 8 Jan = 5 working days; 12 Jan + 5 working days:
        // Wed 13, Thu 14, Fri 15, Mon 18, Tue 19 Jan
        ClockSpec paused = ClockSpec.starting(RESPONSE_PERIOD, LocalDate.of(2026, 12, 24))
                .withPause(new Pause(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), "On hold at watchdog's request"));

        assertThat(workingDays.dueOn(paused)).contains(LocalDate.of(2027, 1, 19));
    }

    @Test
    void pauseOverAWeekendCostsNoWorkingDays() {
        // Sat 9 – Sun 10 Jan 2027 holds no working day: still 12 Jan
        ClockSpec paused = ClockSpec.starting(RESPONSE_PERIOD, LocalDate.of(2026, 12, 24))
                .withPause(new Pause(LocalDate.of(2027, 1, 9), LocalDate.of(2027, 1, 10), "Weekend hold"));

        assertThat(workingDays.dueOn(paused)).contains(LocalDate.of(2027, 1, 12));
    }
}
