package org.oversight.dashboard.chart;

/**
 * The figures for one dashboard chart, as plain records a query can fill. Implementations are immutable records
 * of strings, numbers, dates and lists: their {@code toString()} is then a complete, stable description of the
 * data, which {@link ChartCache} hashes into its key.
 */
public sealed interface ChartData
        permits StatusByForce, OpenVsClosedTrend, OverdueByWatchdog, DeadlineSlippage, ThemesByForce,
        ActionPlanTimeline {

    /** True when there is nothing to draw; the chart then shows an empty-state message instead. */
    boolean isEmpty();
}
