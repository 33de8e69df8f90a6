package org.oversight.deadline;

import org.junit.jupiter.api.Test;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Bank holidays of England and Wales as a force lead sees them in the calendar. Weekdays worked out by hand:
 * 1 January 2026 is a Thursday, so 25 December 2026 (day 359, 358 = 51 weeks + 1 day later) is a Friday and
 * 1 January 2027 is a Friday. Easter Sunday 2027 is 28 March.
 */
class WorkingDaysTest {

    private final WorkingDays workingDays = WorkingDays.englandAndWales();

    @Test
    void christmasAndTheSubstituteBoxingDayAreNotWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();  // Thursday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse(); // Friday, Christmas Day
        // Boxing Day falls on Saturday 26 December 2026, so the bank holiday is Monday 28 December
        assertThat(workingDays.isBankHoliday(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(workingDays.isBankHoliday(LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();  // Tuesday
    }

    @Test
    void easterIsTakenFromTheCalendarNotTypedIn() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse(); // Good Friday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse(); // Easter Monday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 30))).isTrue();  // Tuesday after
    }

    @Test
    void oneOffBankHolidaysAreKnown() {
        assertThat(workingDays.isBankHoliday(LocalDate.of(2022, 9, 19))).isTrue(); // State funeral of Elizabeth II
        assertThat(workingDays.isBankHoliday(LocalDate.of(2023, 5, 8))).isTrue();  // Coronation of Charles III
    }

    @Test
    void scottishBankHolidaysAreWorkingDaysInEngland() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue();   // Friday, 2 January (Scotland)
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 8, 3))).isTrue();   // first Monday of August (Scotland)
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse(); // last Monday of August (England)
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue(); // St Andrew's Day, a Monday
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 25))).isFalse(); // Saturday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 26))).isFalse(); // Sunday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 27))).isTrue();  // Monday
    }

    @Test
    void nextWorkingDaySkipsChristmasWeekendAndSubstituteDay() {
        // after Thu 24 Dec 2026: Fri 25 (holiday), Sat 26, Sun 27, Mon 28 (substitute) → Tue 29 Dec
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 29));
        // after Thu 25 Mar 2027: Good Friday 26, Sat 27, Sun 28, Easter Monday 29 → Tue 30 Mar
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2027, 3, 25))).isEqualTo(LocalDate.of(2027, 3, 30));
        // strictly after: a working day does not return itself
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2026, 12, 29))).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void addingWorkingDaysFromChristmasDay() {
        // 25 Dec 2026 itself is not counted. Tue 29 (1), Wed 30 (2), Thu 31 (3), Fri 1 Jan holiday,
        // Mon 4 (4), Tue 5 (5), Wed 6 (6), Thu 7 (7), Fri 8 (8), Mon 11 (9), Tue 12 Jan 2027 (10)
        LocalDate twelfthOfJanuary = LocalDate.of(2027, 1, 12);
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 25), 10)).isEqualTo(twelfthOfJanuary);
        // starting the day before gives the same answer, since Christmas Day is not a working day
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 24), 10)).isEqualTo(twelfthOfJanuary);
    }

    @Test
    void addingNoWorkingDaysReturnsTheDayItself() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 25), 0)).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.addWorkingDays(LocalDate.of(2026, 1, 5), -1));
    }

    @Test
    void countingWorkingDaysOverChristmas() {
        // Mon 21 – Thu 24 Dec (4), 25 holiday, 26–27 weekend, 28 substitute, Tue 29 – Thu 31 (3),
        // Fri 1 Jan holiday, 2–3 weekend: 7 working days
        assertThat(workingDays.countWorkingDays(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3))).isEqualTo(7);
        assertThat(workingDays.countWorkingDays(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28))).isZero();
    }

    @Test
    void theCalendarIsReadOnceAndOnlyWhenFirstAskedNotAtStart() {
        AtomicInteger reads = new AtomicInteger();
        WorkingDays lazy = new WorkingDays(() -> {
            reads.incrementAndGet();
            return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        }, "eng");

        assertThat(reads).hasValue(0);
        assertThat(lazy.isBankHoliday(LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(lazy.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse(); // another year: the same calendar
        assertThat(reads).hasValue(1);
    }
}
