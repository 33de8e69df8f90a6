package org.oversight.dashboard.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.oversight.dashboard.chart.DeadlineSlippage.Bucket;

/** A histogram of slippage: actions on time, then actions by how many days late, darker the later. */
public final class DeadlineSlippageChart {

    public static final String TITLE = "Deadline slippage of actions";
    public static final String EMPTY_MESSAGE = "No actions with a deadline in this selection";
    public static final int HEIGHT = 400;
    private static final String SERIES = "Actions";

    private DeadlineSlippageChart() {
    }

    public static ChartSpec build(DeadlineSlippage data, ChartStyle style) {
        ChartTable table = table(data);
        if (data.isEmpty()) {
            return ChartSpec.empty(TITLE, EMPTY_MESSAGE + ".", table, style, HEIGHT);
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        data.buckets().forEach(b -> dataset.addValue(b.actions(), SERIES, b.label()));
        List<ChartStyle.SeriesLook> looks = looks(data.buckets().size(), style);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new HatchedBarPainter((row, column) -> looks.get(column)));
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(style.secondaryText());
        renderer.setDefaultOutlineStroke(new java.awt.BasicStroke(0.75f));
        renderer.setMaximumBarWidth(0.14);
        int total = data.total();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset d, int row, int column) {
                int n = d.getValue(row, column).intValue();
                return n + " (" + percent(n, total) + ")";
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.itemLabelFont());
        renderer.setDefaultItemLabelPaint(style.text());
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        CategoryPlot plot = new CategoryPlot(dataset, Styling.categoryAxis("Days late against the original due date"),
                Styling.countAxis(SERIES), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        Styling.categoryPlot(plot, style);
        JFreeChart chart = Styling.chart(TITLE, plot, style, null);
        Styling.subtitle(chart,
                "Actions by how late they were completed or are now; the later, the stronger the shade.", style);
        return new ChartSpec(TITLE, altText(data), table, chart, HEIGHT, false);
    }

    /** On time: the "done" green; late: one solid ramp that moves away from the page colour as slippage grows. */
    private static List<ChartStyle.SeriesLook> looks(int buckets, ChartStyle style) {
        List<ChartStyle.SeriesLook> looks = new ArrayList<>(List.of(style.closed()));
        for (int i = 1; i < buckets; i++) {
            double t = buckets == 2 ? 1 : 0.3 + 0.7 * (i - 1) / (buckets - 2);
            java.awt.Color fill = style.sequential(t);
            looks.add(new ChartStyle.SeriesLook(fill, Hatch.NONE, Lightness.inkOn(fill), Lightness.textOn(fill)));
        }
        return looks;
    }

    static String percent(int n, int total) {
        return total == 0 ? "0%" : Math.round(100.0 * n / total) + "%";
    }

    private static String altText(DeadlineSlippage data) {
        Bucket worst = data.buckets().getLast();
        return "Deadline slippage for " + Texts.count(data.total(), "action", "actions") + ": " + data.onTime()
                + " on time (" + percent(data.onTime(), data.total()) + "), " + data.slipped() + " slipped; "
                + worst.actions() + " slipped by " + Texts.lowerFirst(worst.label()) + ".";
    }

    private static ChartTable table(DeadlineSlippage data) {
        List<List<String>> rows = data.buckets().stream()
                .map(b -> List.of(b.label(), Integer.toString(b.actions()), percent(b.actions(), data.total())))
                .toList();
        return new ChartTable(List.of("Days late", "Actions", "Share"), rows);
    }
}
