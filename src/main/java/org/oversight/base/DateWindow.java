package org.oversight.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.oversight.base.i18n.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates a link or a filter may sensibly name: from {@code oversight.dates.earliest} (1 January 1990) to
 * {@code oversight.dates.years-ahead} (10) years after today. A date outside it (such as {@code +999999999-12-31})
 * is treated like one that cannot be read, so that it neither crashes a query nor quietly widens a selection.
 */
@Component
public class DateWindow {

    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    public static final int YEARS_AHEAD = 10;

    private final LocalDate earliest;
    private final int yearsAhead;
    private final Clock clock;

    @Autowired
    DateWindow(@Value("${oversight.dates.earliest:1990-01-01}") LocalDate earliest,
               @Value("${oversight.dates.years-ahead:10}") int yearsAhead, Clock clock) {
        if (yearsAhead < 0 || yearsAhead > 1000) {
            throw new IllegalArgumentException("oversight.dates.years-ahead must be between 0 and 1000");
        }
        this.earliest = earliest;
        this.yearsAhead = yearsAhead;
        this.clock = clock;
    }

    /** The standard window, for code that runs without the application context. */
    public static DateWindow standard(Clock clock) {
        return new DateWindow(EARLIEST, YEARS_AHEAD, clock);
    }

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return LocalDate.now(clock).plusYears(yearsAhead);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(earliest) && !date.isAfter(latest());
    }

    /** An ISO date (2024-01-31) inside the window, or empty when the text is not one. */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.length() > 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text)).filter(this::contains);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The message for a field whose date lies outside the window, e.g. "The due date must be between 1 January 1990
     * and 2 December 2036.", or empty when the date is inside it (or absent: a missing date is the caller's own
     * message). Every writer of a date a person types (publication, due, extension, revised dates) asks this.
     *
     * @param what the field in a few words, starting with "the": "the due date"
     */
    public Optional<String> problem(LocalDate date, String what) {
        if (date == null || contains(date)) {
            return Optional.empty();
        }
        return Optional.of(Messages.t("base.date-window.problem",
                Character.toUpperCase(what.charAt(0)) + what.substring(1), sentence()));
    }

    /** "between 1 January 1990 and 1 December 2036", for messages. */
    public String sentence() {
        return Messages.t("base.date-window.between", Formats.longDate(earliest), Formats.longDate(latest()));
    }
}
