package org.oversight.dashboard.chart;

import java.util.List;

/**
 * Overdue recommendations per watchdog, split by kind of recommendation (grouped bars).
 *
 * @param kinds     the kinds of recommendation, e.g. "Recommendation", "Area for improvement", "Learning"
 * @param watchdogs one row per watchdog, counts in the order of {@code kinds}; drawn in the order given
 */
public record OverdueByWatchdog(List<String> kinds, List<CountRow> watchdogs) implements ChartData {

    public OverdueByWatchdog {
        kinds = List.copyOf(kinds);
        watchdogs = CountRow.checked(watchdogs, kinds.size(), "watchdog");
    }

    @Override
    public boolean isEmpty() {
        return watchdogs.stream().allMatch(w -> w.total() == 0);
    }

    public int total() {
        return watchdogs.stream().mapToInt(CountRow::total).sum();
    }
}
