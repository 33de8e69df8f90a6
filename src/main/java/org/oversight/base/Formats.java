package org.oversight.base;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read in the UI, e-mails and messages: British style, UK time. */
public final class Formats {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String longDate(LocalDate date) {
        return date == null ? "—" : LONG_DATE.format(date);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "—" : DATE_TIME.format(time.atZoneSameInstant(UK));
    }

    /** "12 days left", "due today", "3 days overdue". */
    public static String daysLeft(long days) {
        if (days == 0) {
            return "due today";
        }
        if (days > 0) {
            return days == 1 ? "1 day left" : days + " days left";
        }
        return days == -1 ? "1 day overdue" : -days + " days overdue";
    }
}
