package org.oversight.base.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * One column of an exported table: its heading, what kind of value it holds (so that a spreadsheet gets real dates
 * and numbers, not text that looks like them) and how to read the value from a row.
 */
public record Column<T>(String heading, Kind kind, Function<? super T, ?> value) {

    public enum Kind { TEXT, NUMBER, DATE, DATE_TIME }

    public static <T> Column<T> text(String heading, Function<? super T, String> value) {
        return new Column<>(heading, Kind.TEXT, value);
    }

    public static <T> Column<T> number(String heading, Function<? super T, ? extends Number> value) {
        return new Column<>(heading, Kind.NUMBER, value);
    }

    public static <T> Column<T> date(String heading, Function<? super T, LocalDate> value) {
        return new Column<>(heading, Kind.DATE, value);
    }

    public static <T> Column<T> dateTime(String heading, Function<? super T, OffsetDateTime> value) {
        return new Column<>(heading, Kind.DATE_TIME, value);
    }
}
