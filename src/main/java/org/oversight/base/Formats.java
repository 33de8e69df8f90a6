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

    /** Spans of this many days or more are said in months or years ("over 5 years overdue"). */
    static final int DAYS_IN_WORDS_FROM = 60;

    private static final String DAYS = "{n, plural, one {# day} other {# days}}";
    private static final String MONTHS = "{n, plural, one {# month} other {# months}}";
    private static final String YEARS = "{n, plural, one {# year} other {# years}}";

    /**
     * "12 days left", "due today", "3 days overdue"; a long span in words: "over 5 years overdue", "over 2 months
     * left" (whole months or years, rounded down, "over" when there are days besides).
     */
    public static String daysLeft(long days) {
        if (days == 0) {
            return "due today";
        }
        return span(Math.abs(days)) + (days > 0 ? " left" : " overdue");
    }

    /** "12 days", "over 2 months", "over 5 years", "1 year". */
    public static String span(long days) {
        if (days < DAYS_IN_WORDS_FROM) {
            return Plurals.count(DAYS, days);
        }
        LocalDate from = LocalDate.of(2001, 1, 1); // a common year, so 365 days is one year
        LocalDate to = from.plusDays(days);
        java.time.Period p = java.time.Period.between(from, to);
        boolean whole;
        String amount;
        if (p.getYears() > 0) {
            whole = p.getMonths() == 0 && p.getDays() == 0;
            amount = Plurals.count(YEARS, p.getYears());
        } else {
            whole = p.getDays() == 0;
            amount = Plurals.count(MONTHS, p.getMonths());
        }
        return whole ? amount : "over " + amount;
    }
}
