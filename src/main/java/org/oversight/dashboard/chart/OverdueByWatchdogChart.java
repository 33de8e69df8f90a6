package org.oversight.dashboard.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.oversight.base.i18n.Messages;

/** Grouped bars: overdue recommendations per watchdog (groups), one bar per kind of recommendation. */
public final class OverdueByWatchdogChart {

    public static final int HEIGHT = 420;

    private OverdueByWatchdogChart() {
    }

    public static ChartSpec build(OverdueByWatchdog data, ChartStyle style) {
        ChartTable table = table(data);
        if (data.isEmpty()) {
            return ChartSpec.empty(Messages.t("dashboard.overdue.title"), Messages.t("dashboard.overdue.empty") + ".", table, style, HEIGHT);
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
                NumberFormat.getIntegerInstance(org.oversight.base.i18n.Language.current().locale())));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.itemLabelFont());
        renderer.setDefaultItemLabelPaint(style.text());
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        CategoryAxis watchdogs = Styling.categoryAxis(null);
        CategoryPlot plot = new CategoryPlot(dataset, watchdogs, Styling.countAxis(Messages.t("dashboard.overdue.axis")),
                renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        Styling.categoryPlot(plot, style);
        JFreeChart chart = Styling.chart(Messages.t("dashboard.overdue.title"), plot, style, Legends.bars(data.kinds(), looks));
        return new ChartSpec(Messages.t("dashboard.overdue.title"), altText(data), table, chart, HEIGHT, false);
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
                ? Messages.t("dashboard.overdue.alt-of-which", most.count(biggestKind),
                        Texts.lowerFirst(data.kinds().get(biggestKind)))
                : "";
        return Messages.t("dashboard.overdue.alt", data.total(),
                Texts.count("dashboard.count.watchdogs", data.watchdogs().stream().filter(w -> w.total() > 0).count()),
                most.name(), most.total(), split);
    }

    private static ChartTable table(OverdueByWatchdog data) {
        List<String> headers = new ArrayList<>(List.of(Messages.t("dashboard.overdue.table.watchdog")));
        headers.addAll(data.kinds());
        headers.add(Messages.t("dashboard.table.total"));
        List<List<String>> rows = data.watchdogs().stream().map(w -> {
            List<String> row = new ArrayList<>(List.of(w.name()));
            w.counts().forEach(c -> row.add(Integer.toString(c)));
            row.add(Integer.toString(w.total()));
            return (List<String>) row;
        }).toList();
        return new ChartTable(headers, rows);
    }
}
