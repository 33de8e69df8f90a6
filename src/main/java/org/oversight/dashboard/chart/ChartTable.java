package org.oversight.dashboard.chart;

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
}
