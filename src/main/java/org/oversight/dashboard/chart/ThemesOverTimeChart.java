package org.oversight.dashboard.chart;

import java.awt.Font;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.oversight.base.i18n.Messages;

/**
 * One theme year by year: recommendations made, closed and assessed effective, as grouped bars told apart by
 * lightness and hatching ({@link ChartStyle}), in the page's light or dark variant. The table on the page holds the
 * same figures.
 */
public final class ThemesOverTimeChart {

    /** One year's figures. */
    public record Year(int year, int made, int closed, int assessedEffective) {
    }

    private static final List<String> SERIES = List.of("dashboard.themes-over-time.made", "dashboard.themes-over-time.closed",
            "dashboard.themes-over-time.effective");

    private ThemesOverTimeChart() {
    }

    public static String svg(String theme, List<Year> years, ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Year y : years) {
            String year = String.valueOf(y.year());
            data.addValue(y.made(), Messages.t(SERIES.get(0)), year);
            data.addValue(y.closed(), Messages.t(SERIES.get(1)), year);
            data.addValue(y.assessedEffective(), Messages.t(SERIES.get(2)), year);
        }
        JFreeChart chart = ChartFactory.createBarChart(Messages.t("dashboard.themes-over-time.chart-title", theme), null,
                Messages.t("dashboard.axis.recommendations"), data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(style.background());
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getTitle().setPaint(style.text());
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(style.background());
        legend.setItemPaint(style.text());
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(style.background());
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(style.grid());
        for (Axis a : List.of(plot.getRangeAxis(), plot.getDomainAxis())) {
            a.setTickLabelPaint(style.text());
            a.setLabelPaint(style.text());
            a.setAxisLinePaint(style.secondaryText());
            a.setTickMarkPaint(style.secondaryText());
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(HatchedBarPainter.bySeries(style));
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < SERIES.size(); s++) {
            renderer.setSeriesPaint(s, style.series(s).fill());
        }
        plot.setRenderer(renderer);
        return ChartRenderer.toSvg(chart, 760, 420);
    }
}
