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

    public static String svg(String rateName, List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar b : bars) {
            data.addValue(b.percent(), rateName, b.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(rateName + " by force (%)", null, null, data,
                PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xB1B4B6));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return bars.get(column).highlighted() ? new Color(0x1D70B8) : new Color(0x505A5F);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.8);
        plot.setRenderer(renderer);
        return ChartRenderer.toSvg(chart, 760, height(bars.size()));
    }
}
