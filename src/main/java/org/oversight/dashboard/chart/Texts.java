package org.oversight.dashboard.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Small wording helpers for alt texts and tables, in British English like the rest of the app. */
final class Texts {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Texts() {
    }

    /** "1 action", "3 actions". */
    static String count(long n, String one, String many) {
        return org.oversight.base.Plurals.of(n, one, many);
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    /** "a, b and c", or "a, b, c and 4 other forces" when there are more than {@code few}. */
    static String firstFew(List<String> names, int few, String otherOne, String otherMany) {
        if (names.size() <= few) {
            return and(names);
        }
        List<String> shown = new java.util.ArrayList<>(names.subList(0, few));
        shown.add(count(names.size() - few, otherOne, otherMany));
        return and(shown);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
