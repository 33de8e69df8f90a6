package org.oversight.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.RenderingHints;
import java.io.Serializable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;

/**
 * Applies {@link ChartStyle} to JFreeChart objects. Charts are assembled by hand instead of through
 * {@code ChartFactory}, whose global, mutable {@code ChartTheme} we want no part of on a shared server.
 */
final class Styling {

    private Styling() {
    }

    /** A styled chart; {@code legend} is null for charts without a legend. */
    static JFreeChart chart(String title, Plot plot, ChartStyle style, LegendItemCollection legend) {
        if (legend != null) {
            if (plot instanceof CategoryPlot p) {
                p.setFixedLegendItems(legend);
            } else if (plot instanceof XYPlot p) {
                p.setFixedLegendItems(legend);
            }
        }
        JFreeChart chart = new JFreeChart(title, style.titleFont(), plot, legend != null);
        chart.setBackgroundPaint(style.background());
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        TextTitle t = chart.getTitle();
        t.setPaint(style.text());
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(0, 0, 6, 0));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(style.labelFont());
            l.setItemPaint(style.text());
            l.setBackgroundPaint(style.background());
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.TOP);
            l.setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        plot.setBackgroundPaint(style.background());
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(style.font(Font.PLAIN, 14));
        plot.setNoDataMessagePaint(style.secondaryText());
        return chart;
    }

    /** A line of smaller text under the title, e.g. how to read the chart. */
    static void subtitle(JFreeChart chart, String text, ChartStyle style) {
        TextTitle sub = new TextTitle(text, style.font(Font.PLAIN, 12));
        sub.setPaint(style.secondaryText());
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setPadding(new RectangleInsets(0, 0, 4, 0));
        chart.addSubtitle(0, sub);
    }

    static void categoryPlot(CategoryPlot plot, ChartStyle style) {
        plot.setRangeGridlinePaint(style.grid());
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        axis(plot.getDomainAxis(), style);
        axis(plot.getRangeAxis(), style);
    }

    static void xyPlot(XYPlot plot, ChartStyle style) {
        plot.setRangeGridlinePaint(style.grid());
        plot.setDomainGridlinePaint(style.grid());
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        axis(plot.getDomainAxis(), style);
        axis(plot.getRangeAxis(), style);
    }

    static void axis(Axis axis, ChartStyle style) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(style.labelFont());
        axis.setLabelPaint(style.secondaryText());
        axis.setTickLabelFont(style.tickFont());
        axis.setTickLabelPaint(style.text());
        axis.setAxisLinePaint(style.secondaryText());
        axis.setTickMarkPaint(style.secondaryText());
    }

    /** A count axis: whole numbers only, starting at zero. */
    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        return axis;
    }

    static CategoryAxis categoryAxis(String label) {
        CategoryAxis axis = new CategoryAxis(label);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setMaximumCategoryLabelLines(2);
        return axis;
    }

    /**
     * The empty state: the title and one plain sentence where the plot would be, without axes that would
     * suggest "zero" to a reader when the truth is "nothing selected".
     */
    static JFreeChart empty(String title, String message, ChartStyle style) {
        CategoryPlot plot = new CategoryPlot(null, new CategoryAxis(), new NumberAxis(), null);
        hide(plot.getDomainAxis());
        hide(plot.getRangeAxis());
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage(message);
        return chart(title, plot, style, null);
    }

    /** Item labels that write the count, and nothing for zero. */
    static CategoryItemLabelGenerator countLabels() {
        return new CountLabels();
    }

    private static final class CountLabels implements CategoryItemLabelGenerator, Serializable {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number n = dataset.getValue(row, column);
            return n == null || n.intValue() == 0 ? null : Integer.toString(n.intValue());
        }
    }

    private static void hide(Axis axis) {
        axis.setVisible(false);
        if (axis instanceof ValueAxis v) {
            v.setTickMarksVisible(false);
        }
    }
}
