package org.oversight.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.deadline.ClockRule.PCC_RESPONSE;

/**
 * A police and crime commissioner publishes a response to an HMICFRS report "within 56 days of" publication
 * (Police Act 1996 s55). Unlike the IOPC period "beginning with" a day, the day of publication is not counted.
 */
class PccResponseClockTest {

    private final ClockEngine engine = Clocks.engine();

    private LocalDate due(LocalDate publishedOn) {
        return engine.dueOn(ClockSpec.starting(PCC_RESPONSE, publishedOn)).orElseThrow();
    }

    @Test
    void responseIsDue56DaysAfterPublication() {
        // 2–31 Mar are days 1–30, 1–26 Apr are days 31–56: one day later than an IOPC clock from the same day
        assertThat(due(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void publishedOnNewYearsEve() {
        // 1–31 Jan 2026 are days 1–31, 1–25 Feb are days 32–56
        assertThat(due(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void leapYearFebruary() {
        // 2024: 2–29 Feb are days 1–28, 1–28 Mar are days 29–56
        assertThat(due(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 3, 28));
        // 2023: 2–28 Feb are days 1–27, 1–29 Mar are days 28–56
        assertThat(due(LocalDate.of(2023, 2, 1))).isEqualTo(LocalDate.of(2023, 3, 29));
    }
}
