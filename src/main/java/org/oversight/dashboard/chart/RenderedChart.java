package org.oversight.dashboard.chart;

/**
 * A chart ready for the page: the SVG to show, the sentence for the image's alt text, and the same figures as a
 * table for the "show as table" toggle. Immutable, so the cache can hand the same instance to every request.
 *
 * @param empty true when there was nothing to draw; the SVG then shows the empty-state message, which is also the
 *              alt text, and a view may prefer to show that sentence as plain text
 */
public record RenderedChart(String title, String altText, ChartTable table, boolean empty, String svg) {
}
