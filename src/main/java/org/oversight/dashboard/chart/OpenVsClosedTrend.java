package org.oversight.dashboard.chart;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * Month-end counts over time, e.g. "Open" and "Verified closed" (and optionally "Overdue").
 *
 * @param series the line names, at most three (each gets its own lightness, dash and marker)
 * @param months one entry per month, counts in the order of {@code series}; any order, the chart sorts and keeps
 *               the latest {@link #WINDOW_MONTHS} months
 */
public record OpenVsClosedTrend(List<String> series, List<MonthCounts> months) implements ChartData {

    public static final int WINDOW_MONTHS = 36;

    public record MonthCounts(YearMonth month, List<Integer> counts) {
        public MonthCounts {
            counts = List.copyOf(counts);
        }

        public static MonthCounts of(YearMonth month, Integer... counts) {
            return new MonthCounts(month, List.of(counts));
        }
    }

    public OpenVsClosedTrend {
        series = List.copyOf(series);
        if (series.isEmpty() || series.size() > 3) {
            throw new IllegalArgumentException("one to three series, not " + series.size());
        }
        months = List.copyOf(months);
        if (months.stream().map(MonthCounts::month).distinct().count() != months.size()) {
            throw new IllegalArgumentException("each month may appear only once");
        }
        for (MonthCounts m : months) {
            if (m.counts().size() != series.size()) {
                throw new IllegalArgumentException(m.month() + " needs " + series.size() + " counts");
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return window().stream().allMatch(m -> m.counts().stream().allMatch(c -> c == 0));
    }

    /** The months drawn: sorted, the latest {@link #WINDOW_MONTHS} only. */
    public List<MonthCounts> window() {
        List<MonthCounts> sorted = months.stream().sorted(Comparator.comparing(MonthCounts::month)).toList();
        return sorted.subList(Math.max(0, sorted.size() - WINDOW_MONTHS), sorted.size());
    }
}
