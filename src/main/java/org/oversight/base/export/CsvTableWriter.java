package org.oversight.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark first (without it Excel reads ŵ or “ as mojibake), dates as
 * ISO 8601 (2026-12-01, which every spreadsheet reads as a date), times in UTC. A text cell that a spreadsheet would
 * run as a formula (it starts with =, +, -, @, tab or carriage return) gets a leading apostrophe, so that text
 * somebody typed into the application cannot run in the spreadsheet of whoever opens the export.
 */
public final class CsvTableWriter implements TableWriter {

    /** Written first, so that Excel reads the file as UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;
    private CSVPrinter printer;
    private List<Table.Heading> headings;

    public CsvTableWriter(OutputStream out) {
        this(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    public CsvTableWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin(List<Table.Heading> headings) {
        this.headings = headings;
        try {
            out.write(BYTE_ORDER_MARK);
            printer = CSVFormat.DEFAULT.builder().setHeader(headings.stream().map(Table.Heading::text).toArray(String[]::new))
                    .get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<?> cells) {
        List<Object> values = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            values.add(value(cells.get(i)));
        }
        print(values);
    }

    @Override
    public void note(String text) {
        print(List.of(cell(text)));
    }

    @Override
    public void end() {
        try {
            printer.flush();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(List<?> values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(Object v) {
        return switch (v) {
            case null -> null;
            case String s -> cell(s);
            case LocalDate d -> d.toString();
            case OffsetDateTime t -> t.toInstant().toString();
            case Number n -> n;
            case Enum<?> e -> e.name();
            default -> cell(v.toString());
        };
    }

    /** The text as a spreadsheet should show it, never as a formula it would run. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    List<Table.Heading> headings() {
        return headings;
    }
}
