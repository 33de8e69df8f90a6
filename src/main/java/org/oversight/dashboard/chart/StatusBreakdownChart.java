package org.oversight.dashboard.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.oversight.base.i18n.Messages;

/**
 * One organisation's status chart: one bar per status group (closed ones too, there being nothing to compare),
 * drawn by {@link StatusByForceChart} when its selection is a single organisation.
 */
final class StatusBreakdownChart {

    private StatusBreakdownChart() {
    }

    /** Header of the breakdown table's first column; its rows are the status groups, then Open and Total. */
    private static final String STATUS_HEADER = "dashboard.breakdown.status";
    private static final String COUNT_HEADER = "dashboard.axis.recommendations";

    /**
     * One organisation's chart: one bar per status group (closed ones too, there being nothing to compare), rather
     * than a single stacked bar.
     */
    static ChartSpec of(StatusByForce data, CountRow organisation, ChartStyle style) {
        String title = Messages.t("dashboard.breakdown.title", organisation.name());
        List<List<String>> rows = new ArrayList<>();
        for (int g = 0; g < data.groups().size(); g++) {
            rows.add(List.of(data.groups().get(g).label(), Integer.toString(organisation.count(g))));
        }
        rows.add(List.of(Messages.t("dashboard.table.open"), Integer.toString(data.open(organisation))));
        rows.add(List.of(Messages.t("dashboard.table.total"), Integer.toString(organisation.total())));
        ChartTable table = new ChartTable(List.of(Messages.t(STATUS_HEADER), Messages.t(COUNT_HEADER)), rows);
        int height = StatusByForceChart.recommendedHeight(data.groups().size());
        if (data.isEmpty()) {
            return ChartSpec.empty(title, Messages.t("dashboard.status.empty") + ".", table, style, height);
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int g = 0; g < data.groups().size(); g++) {
            String label = data.groups().get(g).label();
            dataset.addValue(organisation.count(g), label, label);
        }
        CategoryAxis statusAxis = Styling.categoryAxis(null);
        statusAxis.setMaximumCategoryLabelLines(1);
        statusAxis.setMaximumCategoryLabelWidthRatio(0.35f);
        statusAxis.setCategoryMargin(0.2);
        NumberAxis countAxis = Styling.countAxis(Messages.t("dashboard.axis.recommendations"));
        List<ChartStyle.SeriesLook> looks = StatusByForceChart.looks(data.groups(), style);
        StackedBarRenderer bars = StatusByForceChart.renderer(style, looks, null);
        CategoryPlot plot = new CategoryPlot(dataset, statusAxis, countAxis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
        Styling.categoryPlot(plot, style);
        int max = organisation.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int g = 0; g < data.groups().size(); g++) {
            String label = data.groups().get(g).label();
            CategoryTextAnnotation count = new CategoryTextAnnotation(Integer.toString(organisation.count(g)), label,
                    organisation.count(g) + max * 0.012);
            count.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
            count.setFont(style.font(Font.PLAIN, 11));
            count.setPaint(style.text());
            plot.addAnnotation(count);
        }
        List<String> names = data.groups().stream().map(StatusByForce.StatusGroup::label).toList();
        JFreeChart chart = Styling.chart(title, plot, style, Legends.bars(names, looks));
        Styling.subtitle(chart, Messages.t("dashboard.breakdown.subtitle", organisation.name(), data.open(organisation),
                organisation.total()), style);
        return new ChartSpec(title, breakdownAltText(data, organisation), table, chart, height, false);
    }

    private static String breakdownAltText(StatusByForce data, CountRow organisation) {
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < data.groups().size(); g++) {
            parts.add(organisation.count(g) + " " + Texts.lowerFirst(data.groups().get(g).label()));
        }
        return Messages.t("dashboard.breakdown.alt", organisation.name(),
                Texts.count("dashboard.count.recommendations", organisation.total()), Texts.and(parts),
                data.open(organisation));
    }
}
