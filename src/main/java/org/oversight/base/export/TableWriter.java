package org.oversight.base.export;

import java.util.List;

/** Where a {@link Table}'s rows go: a CSV or an XLSX file, written as the rows arrive. */
public interface TableWriter {

    void begin(List<Table.Heading> headings);

    /** One row's values in column order: String, Number, LocalDate, OffsetDateTime or null. */
    void row(List<?> cells);

    /** A line saying why the file holds no rows, in place of them. */
    void note(String text);

    /** Finishes the file; nothing is written after it. */
    void end();

    /** A writer that also counts rows as they pass, for a page to show progress. */
    static TableWriter counting(TableWriter delegate, java.util.function.LongConsumer everyThousand,
                                java.util.function.LongConsumer atEnd) {
        return new TableWriter() {
            private long rows;

            @Override
            public void begin(List<Table.Heading> headings) {
                delegate.begin(headings);
            }

            @Override
            public void row(List<?> cells) {
                delegate.row(cells);
                if (++rows % 1000 == 0) {
                    everyThousand.accept(rows);
                }
            }

            @Override
            public void note(String text) {
                delegate.note(text);
            }

            @Override
            public void end() {
                delegate.end();
                atEnd.accept(rows);
            }
        };
    }
}
