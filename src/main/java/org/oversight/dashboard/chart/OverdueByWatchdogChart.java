package org.oversight.dashboard.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Grouped bars: overdue recommendations per watchdog (groups), one bar per kind of recommendation. */
public final class OverdueByWatchdogChart {

    public static final String TITLE = "Overdue recommendations by watchdog and kind";
    public static final String EMPTY_MESSAGE = "No overdue recommendations in this selection";
    public static final int HEIGHT = 420;

    private OverdueByWatchdogChart() {
    }

    public static ChartSpec build(OverdueByWatchdog data, ChartStyle style) {
        ChartTable table = table(data);
        if (data.isEmpty()) {
            return ChartSpec.empty(TITLE, EMPTY_MESSAGE + ".", table, style, HEIGHT);
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int k = 0; k < data.kinds().size(); k++) {
            for (CountRow watchdog : data.watchdogs()) {
                dataset.addValue(watchdog.count(k), data.kinds().get(k), watchdog.name());
            }
        }
        List<ChartStyle.SeriesLook> looks = new ArrayList<>();
        for (int k = 0; k < data.kinds().size(); k++) {
            looks.add(style.neutral(k));
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new HatchedBarPainter((row, column) -> looks.get(row)));
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(style.secondaryText());
        renderer.setDefaultOutlineStroke(new java.awt.BasicStroke(0.75f));
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.12);
        // every bar gets its count, zeros included: "0" says "none" where a missing bar says nothing
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getIntegerInstance(Locale.UK)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.itemLabelFont());
        renderer.setDefaultItemLabelPaint(style.text());
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        CategoryAxis watchdogs = Styling.categoryAxis(null);
        CategoryPlot plot = new CategoryPlot(dataset, watchdogs, Styling.countAxis("Overdue recommendations"),
                renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        Styling.categoryPlot(plot, style);
        JFreeChart chart = Styling.chart(TITLE, plot, style, Legends.bars(data.kinds(), looks));
        return new ChartSpec(TITLE, altText(data), table, chart, HEIGHT, false);
    }

    private static String altText(OverdueByWatchdog data) {
        CountRow most = data.watchdogs().stream().max(Comparator.comparingInt(CountRow::total)).orElseThrow();
        int biggestKind = 0;
        for (int k = 1; k < data.kinds().size(); k++) {
            if (most.count(k) > most.count(biggestKind)) {
                biggestKind = k;
            }
        }
        String split = data.kinds().size() > 1
                ? ", of which " + most.count(biggestKind) + " " + Texts.lowerFirst(data.kinds().get(biggestKind))
                : "";
        return "Overdue recommendations by watchdog: " + data.total() + " overdue across "
                + Texts.count(data.watchdogs().stream().filter(w -> w.total() > 0).count(), "watchdog", "watchdogs")
                + "; the most at " + most.name()
                + " (" + most.total() + split + ").";
    }

    private static ChartTable table(OverdueByWatchdog data) {
        List<String> headers = new ArrayList<>(List.of("Watchdog"));
        headers.addAll(data.kinds());
        headers.add("Total");
        List<List<String>> rows = data.watchdogs().stream().map(w -> {
            List<String> row = new ArrayList<>(List.of(w.name()));
            w.counts().forEach(c -> row.add(Integer.toString(c)));
            row.add(Integer.toString(w.total()));
            return (List<String>) row;
        }).toList();
        return new ChartTable(headers, rows);
    }
}
