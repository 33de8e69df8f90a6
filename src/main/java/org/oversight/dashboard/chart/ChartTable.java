package org.oversight.dashboard.chart;

import org.oversight.base.export.Column;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import java.util.List;

/**
 * The figures behind a chart as plain text cells, for the "show as table" toggle and for screen readers.
 * Numbers are written without grouping so that they read the same as on the chart.
 */
public record ChartTable(List<String> headers, List<List<String>> rows) {

    public ChartTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row " + row + " does not match headers " + headers);
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Writes the table to an export: a column whose every cell is a whole number becomes a number column, so that a
     * spreadsheet can add it up; everything else stays text as shown.
     */
    public long writeTo(TableWriter out, String emptyNote) {
        List<Column<List<String>>> columns = new java.util.ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int at = i;
            boolean numeric = !rows.isEmpty() && rows.stream().allMatch(r -> r.get(at).matches("-?\\d{1,15}"));
            columns.add(numeric ? Column.number(headers.get(i), r -> Long.valueOf(r.get(at)))
                    : Column.text(headers.get(i), r -> r.get(at)));
        }
        return new Table<>(columns, emptyNote).write(out, rows::forEach);
    }
}
