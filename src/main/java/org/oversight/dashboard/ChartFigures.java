package org.oversight.dashboard;

import java.util.Map;
import java.util.Optional;
import org.oversight.dashboard.chart.ChartData;

/**
 * One chart's data together with the codes behind its row and column names (force name → organisation code,
 * theme name → theme code, …), so that a row or cell of its table can link to the register filtered the same way.
 */
public record ChartFigures<T extends ChartData>(T data, Map<String, String> rowCodes, Map<String, String> columnCodes) {

    public ChartFigures {
        rowCodes = Map.copyOf(rowCodes);
        columnCodes = Map.copyOf(columnCodes);
    }

    public static <T extends ChartData> ChartFigures<T> of(T data) {
        return new ChartFigures<>(data, Map.of(), Map.of());
    }

    public Optional<String> rowCode(String name) {
        return Optional.ofNullable(rowCodes.get(name));
    }

    public Optional<String> columnCode(String name) {
        return Optional.ofNullable(columnCodes.get(name));
    }
}
