package org.oversight.dashboard.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.oversight.base.i18n.Messages;

/**
 * One rate of the performance table as horizontal bars, one per force with data, in the table's order; the
 * national median is the last bar. Drawn on the server as SVG; the table on the page is its text alternative.
 */
public final class PerformanceChart {

    /** One bar: a force (or the national median) and its rate in percent. */
    public record Bar(String label, double percent, boolean highlighted) {
    }

    private PerformanceChart() {
    }

    public static int height(int bars) {
        return 80 + 22 * Math.max(bars, 1);
    }

    /** In the page's light or dark variant ({@link ChartStyle}): background, text, grid and bars follow it. */
    public static String svg(String rateName, List<Bar> bars, ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        Color own = style.series(0).fill();
        Color others = style.secondaryText();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar b : bars) {
            data.addValue(b.percent(), rateName, b.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(Messages.t("dashboard.performance.chart-title", rateName), null, null, data,
                PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(style.background());
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getTitle().setPaint(style.text());
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(style.background());
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(style.grid());
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        for (org.jfree.chart.axis.Axis a : List.of(axis, plot.getDomainAxis())) {
            a.setTickLabelPaint(style.text());
            a.setAxisLinePaint(style.secondaryText());
            a.setTickMarkPaint(style.secondaryText());
        }
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return bars.get(column).highlighted() ? own : others;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.8);
        plot.setRenderer(renderer);
        return ChartRenderer.toSvg(chart, 760, height(bars.size()));
    }
}
