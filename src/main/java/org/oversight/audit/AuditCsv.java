package org.oversight.audit;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit export's CSV: one row per event, times in UTC (ISO 8601) as stored. A cell that a spreadsheet would
 * read as a formula (it starts with =, +, -, @, tab or carriage return) gets a leading apostrophe, so that text
 * somebody typed into the application cannot run in the spreadsheet of whoever opens the export.
 */
final class AuditCsv implements AutoCloseable {

    static final String[] HEADER = {"id", "occurred_at_utc", "user", "action", "entity_type", "entity_id", "before",
            "after", "correlation_id", "hash"};

    /** Written first, so that Excel reads the file as UTF-8 (without it, ŵ or “ arrive as mojibake). */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    AuditCsv(Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        this.printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out);
    }

    void write(AuditEntry e) {
        try {
            printer.printRecord(e.id(), e.occurredAt().toInstant().toString(), cell(e.username()), cell(e.action()),
                    cell(e.entityType()), e.entityId(), cell(e.beforeJson()), cell(e.afterJson()), cell(e.correlationId()),
                    e.hash());
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
