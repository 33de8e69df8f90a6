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
import org.jfree.data.category.DefaultCategoryDataset;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;
import org.oversight.dashboard.chart.DeadlineSlippage.Bucket;

/**
 * Slippage of actions, three measures side by side in each span of days: moved later (first agreed date to
 * current date, by approved moves), finished late (current date to the day it was done) and overdue now (current
 * date to today). See {@link DeadlineSlippage}.
 */
public final class DeadlineSlippageChart {

    public static final int HEIGHT = 400;
    private static final List<String> MEASURES = List.of("dashboard.slippage.moved-later", "dashboard.slippage.finished-late",
            "dashboard.slippage.overdue-now");

    private DeadlineSlippageChart() {
    }

    public static ChartSpec build(DeadlineSlippage data, ChartStyle style) {
        ChartTable table = table(data);
        if (data.isEmpty()) {
            return ChartSpec.empty(Messages.t("dashboard.slippage.title"), Messages.t("dashboard.slippage.empty") + ".", table, style, HEIGHT);
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Bucket b : data.buckets()) {
            dataset.addValue(b.movedLater(), Messages.t(MEASURES.get(0)), b.label());
            dataset.addValue(b.finishedLate(), Messages.t(MEASURES.get(1)), b.label());
            dataset.addValue(b.overdueNow(), Messages.t(MEASURES.get(2)), b.label());
        }
        List<ChartStyle.SeriesLook> looks = List.of(style.neutral(0), style.neutral(1), style.overdue());

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new HatchedBarPainter((row, column) -> looks.get(row)));
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(style.secondaryText());
        renderer.setDefaultOutlineStroke(new java.awt.BasicStroke(0.75f));
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                java.text.NumberFormat.getIntegerInstance(org.oversight.base.i18n.Language.current().locale())));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.itemLabelFont());
        renderer.setDefaultItemLabelPaint(style.text());
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        CategoryPlot plot = new CategoryPlot(dataset, Styling.categoryAxis(Messages.t("dashboard.slippage.axis-days")),
                Styling.countAxis(Messages.t("dashboard.slippage.axis-actions")), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        Styling.categoryPlot(plot, style);
        JFreeChart chart = Styling.chart(Messages.t("dashboard.slippage.title"), plot, style,
                Legends.bars(MEASURES.stream().map(k -> Messages.t(k)).toList(), looks));
        Styling.subtitle(chart, Messages.t("dashboard.slippage.subtitle", Texts.count("dashboard.count.actions", data.total()),
                data.onTime()), style);
        return new ChartSpec(Messages.t("dashboard.slippage.title"), altText(data), table, chart, HEIGHT, false);
    }

    static String percent(int n, int total) {
        return Formats.percent(total == 0 ? 0 : (double) n / total);
    }

    private static String altText(DeadlineSlippage data) {
        return Messages.t("dashboard.slippage.alt", Texts.count("dashboard.count.actions", data.total()), data.onTime(),
                percent(data.onTime(), data.total()), data.movedLater(), data.finishedLate(), data.overdueNow());
    }

    private static ChartTable table(DeadlineSlippage data) {
        List<List<String>> rows = new ArrayList<>(data.buckets().stream()
                .map(b -> List.of(b.label(), Integer.toString(b.movedLater()), Integer.toString(b.finishedLate()),
                        Integer.toString(b.overdueNow())))
                .toList());
        rows.add(List.of(Messages.t("dashboard.slippage.table.all"), Integer.toString(data.movedLater()), Integer.toString(data.finishedLate()),
                Integer.toString(data.overdueNow())));
        rows.add(List.of(Messages.t("dashboard.slippage.table.on-time"), Integer.toString(data.onTime()), "", ""));
        return new ChartTable(List.of(Messages.t("dashboard.slippage.table.days"), Messages.t(MEASURES.get(0)),
                Messages.t(MEASURES.get(1)), Messages.t(MEASURES.get(2))), rows);
    }
}
