package org.oversight.dashboard.chart;

import org.jfree.chart.JFreeChart;

/**
 * One chart as built for one request: the JFreeChart to render together with the words and figures that stand in
 * for it. The chart is fresh (JFreeChart is not thread-safe) and must not be shared or kept beyond the request.
 *
 * @param title           the chart's title, also drawn on it
 * @param altText         one sentence saying what the chart shows with its main figures (the empty-state message
 *                        when there is nothing to draw)
 * @param table           the same figures as a table
 * @param chart           the chart to render; for empty data, a chart that shows the empty-state message
 * @param preferredHeight pixels at an 800-pixel width; grows with the number of rows where there are many
 * @param empty           true when there was nothing to draw
 */
public record ChartSpec(String title, String altText, ChartTable table, JFreeChart chart, int preferredHeight,
                        boolean empty) {

    /** The usual width the heights are chosen for. */
    public static final int DEFAULT_WIDTH = 800;

    static ChartSpec empty(String title, String message, ChartTable headersOnly, ChartStyle style, int height) {
        return new ChartSpec(title, message, headersOnly, Styling.empty(title, message, style), height, true);
    }
}
