package org.oversight.deadline;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.util.function.SingletonSupplier;

/**
 * Working days in England and Wales: Monday to Friday, less bank holidays.
 * <p>
 * Bank holidays come from jollyday's UK calendar, subdivision England ("eng"), which carries the substitute days
 * (Boxing Day on a Saturday is taken on the Monday) and one-off holidays (19 September 2022), so nobody has to
 * keep a list up to date by hand. Wales has the same bank holidays as England.
 * <p>
 * The built-in statutory rules count calendar days and do not use this class; it is for configurable rules
 * counted in working days and for callers that want to show or roll to the next working day. See
 * {@code docs/decisions/0002-bank-holidays.md}.
 */
public final class WorkingDays {

    private final SingletonSupplier<HolidayManager> holidayManager;
    private final String[] subdivision;
    // jollyday recomputes a year's holidays on every call; a clock evaluation asks about many days of few years.
    private final Map<Integer, Map<LocalDate, String>> bankHolidaysByYear = new ConcurrentHashMap<>();

    WorkingDays(Supplier<HolidayManager> loadCalendar, String... subdivision) {
        this.holidayManager = SingletonSupplier.of(Objects.requireNonNull(loadCalendar, "loadCalendar"));
        this.subdivision = subdivision.clone();
    }

    /**
     * Bank holidays of England and Wales. jollyday reads its calendar (XML) when first asked about a day, not when
     * the application starts: most starts never need it (docs/performance.md, "Start").
     */
    public static WorkingDays englandAndWales() {
        return new WorkingDays(
                () -> HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM)), "eng");
    }

    /** Whether {@code day} is a bank holiday as observed (the substitute Monday, not the Saturday it replaces). */
    public boolean isBankHoliday(LocalDate day) {
        return bankHolidaysOf(day.getYear()).containsKey(day);
    }

    /** The bank holiday's name as jollyday gives it in English ("New Year"), or empty on any other day. */
    public java.util.Optional<String> bankHolidayName(LocalDate day) {
        return java.util.Optional.ofNullable(bankHolidaysOf(day.getYear()).get(day));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The day {@code count} working days after {@code day}; {@code day} itself is not counted, so the result is
     * the same whether or not it is a working day. {@code count} 0 returns {@code day} unchanged.
     */
    public LocalDate addWorkingDays(LocalDate day, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        LocalDate result = day;
        for (int i = 0; i < count; i++) {
            result = nextWorkingDay(result);
        }
        return result;
    }

    /** How many working days lie between {@code from} and {@code toInclusive}, both included. */
    public int countWorkingDays(LocalDate from, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Map<LocalDate, String> bankHolidaysOf(int year) {
        return bankHolidaysByYear.computeIfAbsent(year, y -> holidayManager.obtain().getHolidays(Year.of(y), subdivision)
                .stream() // keyed by the observed day off
                .collect(Collectors.toUnmodifiableMap(Holiday::getDate, h -> h.getDescription(Locale.UK),
                        (a, b) -> a + " and " + b)));
    }
}
