package org.oversight.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the demo file are ISO dates or relative to the day the demo is loaded ("today-70d", "today+2w",
 * "today-3m", "today-1y"), so that the demo's open, due-soon and overdue items stay so whenever it is loaded.
 */
final class DemoDates {

    private static final Pattern RELATIVE = Pattern.compile("today(?:([+-])(\\d+)([dwmy]))?");

    private DemoDates() {
    }

    static LocalDate parse(Object value, LocalDate today) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            // SnakeYAML reads an unquoted ISO date as a java.util.Date at midnight UTC
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        String text = value.toString().trim();
        Matcher m = RELATIVE.matcher(text);
        if (!m.matches()) {
            return LocalDate.parse(text);
        }
        if (m.group(1) == null) {
            return today;
        }
        long n = Long.parseLong(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
        return switch (m.group(3)) {
            case "d" -> today.plusDays(n);
            case "w" -> today.plusWeeks(n);
            case "m" -> today.plusMonths(n);
            default -> today.plusYears(n);
        };
    }
}
