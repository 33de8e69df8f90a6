package org.oversight.base;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;

/** How dates read in the UI, e-mails and messages: British style in the reader's language (decision 0090), UK time. */
public final class Formats {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Map<Language, DateTimeFormatter> DATE = formatters("d MMM yyyy");
    private static final Map<Language, DateTimeFormatter> LONG_DATE = formatters("d MMMM yyyy");
    private static final Map<Language, DateTimeFormatter> DATE_TIME = formatters("d MMM yyyy, HH:mm");

    private Formats() {
    }

    private static Map<Language, DateTimeFormatter> formatters(String pattern) {
        Map<Language, DateTimeFormatter> byLanguage = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            byLanguage.put(l, DateTimeFormatter.ofPattern(pattern, l.locale()));
        }
        return byLanguage;
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.get(Language.current()).format(date);
    }

    public static String longDate(LocalDate date) {
        return date == null ? "—" : LONG_DATE.get(Language.current()).format(date);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "—" : DATE_TIME.get(Language.current()).format(time.atZoneSameInstant(UK));
    }

    /**
     * A share as a whole percentage, the same on every screen ("0%", "38%", "100%"); a share that is not nothing but
     * rounds to 0% reads "<1%", one that is not everything but rounds to 100% reads ">99%", so that neither is
     * mistaken for none or all. {@code share} is 0 to 1.
     */
    public static String percent(double share) {
        long whole = Math.round(share * 100);
        if (whole == 0 && share > 0) {
            return "<1%"; // i18n-ok: a number's written form, the same in English and Welsh
        }
        if (whole == 100 && share < 1) {
            return ">99%"; // i18n-ok: a number's written form, the same in English and Welsh
        }
        return whole + "%"; // i18n-ok: a number's written form, the same in English and Welsh
    }

    /** Spans of this many days or more are said in months or years ("over 5 years overdue"). */
    static final int DAYS_IN_WORDS_FROM = 60;


    /**
     * "12 days left", "due today", "3 days overdue"; a long span in words: "over 5 years overdue", "over 2 months
     * left" (whole months or years, rounded down, "over" when there are days besides).
     */
    public static String daysLeft(long days) {
        if (days == 0) {
            return Messages.t("base.due-today");
        }
        return Messages.t(days > 0 ? "base.left" : "base.overdue", span(Math.abs(days)));
    }

    /** "12 days", "over 2 months", "over 5 years", "1 year". */
    public static String span(long days) {
        if (days < DAYS_IN_WORDS_FROM) {
            return Messages.t("base.days", days);
        }
        LocalDate from = LocalDate.of(2001, 1, 1); // a common year, so 365 days is one year
        LocalDate to = from.plusDays(days);
        java.time.Period p = java.time.Period.between(from, to);
        boolean whole;
        String amount;
        if (p.getYears() > 0) {
            whole = p.getMonths() == 0 && p.getDays() == 0;
            amount = Messages.t("base.years", p.getYears());
        } else {
            whole = p.getDays() == 0;
            amount = Messages.t("base.months", p.getMonths());
        }
        return whole ? amount : Messages.t("base.over", amount);
    }
}
