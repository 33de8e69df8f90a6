package org.oversight.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people type them in a spreadsheet: 2027-03-31 (and what Excel's date cells read as), 31/03/2027 or
 * 31 March 2027. Strict: 31/02/2027 is not a date, so it is never rolled on to 3 March.
 */
final class ImportDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK));

    private ImportDates() {
    }

    /** The date, or empty when the text is not a real date in one of the forms. */
    static Optional<LocalDate> parse(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format.withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }
}
