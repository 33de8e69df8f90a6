package org.oversight.dashboard.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;

/** Small wording helpers for alt texts and tables, in the reader's language (decision 0090). */
final class Texts {

    private Texts() {
    }

    /** A counted noun from the bundles: "1 action", "3 actions", in the reader's language. */
    static String count(String key, long n) {
        return Messages.t(key, n);
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.getFirst();
        }
        return Messages.t("dashboard.list.and", String.join(", ", parts.subList(0, parts.size() - 1)), parts.getLast());
    }

    /** "a, b and c", or "a, b, c and 4 other forces" when there are more than {@code few}. */
    static String firstFew(List<String> names, int few, String othersKey) {
        if (names.size() <= few) {
            return and(names);
        }
        List<String> shown = new java.util.ArrayList<>(names.subList(0, few));
        shown.add(count(othersKey, names.size() - few));
        return and(shown);
    }

    static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", Language.current().locale()).format(month); // i18n-ok: pattern
    }

    static String day(LocalDate date) {
        return Formats.date(date);
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
