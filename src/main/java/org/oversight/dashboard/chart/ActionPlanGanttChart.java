package org.oversight.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.dashboard.chart.ActionPlanTimeline.PlannedAction;

/**
 * A Gantt chart of one action plan: each action a bar from its start to its due date, with a second, hatched bar
 * to its original due date, a "Today" line, and done or overdue actions told apart by pattern and by their label.
 */
public final class ActionPlanGanttChart {

    /** The English title before the plan's name, as tests name it; screens use the reader's language. */

    private ActionPlanGanttChart() {
    }

    public static int recommendedHeight(int actions) {
        return Math.max(300, 170 + actions * 36);
    }

    public static ChartSpec build(ActionPlanTimeline data, ChartStyle style) {
        String title = Messages.t("dashboard.gantt.title", data.plan());
        ChartTable table = table(data);
        int height = recommendedHeight(data.actions().size());
        if (data.isEmpty()) {
            return ChartSpec.empty(title, Messages.t("dashboard.gantt.empty") + ".", table, style, height);
        }
        List<String> labels = labels(data);
        TaskSeries current = new TaskSeries(Messages.t("dashboard.gantt.current"));
        TaskSeries original = new TaskSeries(Messages.t("dashboard.gantt.original"));
        for (int i = 0; i < data.actions().size(); i++) {
            PlannedAction a = data.actions().get(i);
            current.add(new Task(labels.get(i), date(a.start()), endOf(a.due())));
            original.add(new Task(labels.get(i), date(a.start()), endOf(a.originalDue())));
        }
        TaskSeriesCollection dataset = new TaskSeriesCollection();
        dataset.add(current);
        dataset.add(original);

        ChartStyle.SeriesLook open = style.neutral(2);
        ChartStyle.SeriesLook plannedBefore = new ChartStyle.SeriesLook(style.neutral(0).fill(), Hatch.DIAGONAL,
                Lightness.inkOn(style.neutral(0).fill()), style.neutral(0).label());
        HatchedBarPainter painter = HatchedBarPainter.merged((row, column) -> {
            PlannedAction a = data.actions().get(column);
            return row == 1 ? plannedBefore : a.done() ? style.closed() : a.overdueOn(data.today()) ? style.overdue()
                    : open;
        }, style.background());
        GanttRenderer renderer = new GanttRenderer() {
            @Override
            public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                                 CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                                 int pass) {
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
                // bars are gathered item by item and drawn as a few paths after the last (decision 0081); the plot
                // renders columns, then rows, in ascending order
                if (row == dataset.getRowCount() - 1 && column == dataset.getColumnCount() - 1) {
                    painter.flush(g2);
                }
            }
        };
        renderer.setBarPainter(painter);
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(style.secondaryText());
        renderer.setDefaultOutlineStroke(new BasicStroke(0.75f));
        renderer.setItemMargin(0.0);

        CategoryAxis actions = new CategoryAxis(null);
        actions.setMaximumCategoryLabelWidthRatio(0.35f);
        actions.setMaximumCategoryLabelLines(2);
        actions.setCategoryMargin(0.3);
        DateAxis time = new DateAxis(null, OpenVsClosedChart.LONDON, Language.current().locale());
        SimpleDateFormat format = new SimpleDateFormat("d MMM yyyy", Language.current().locale());
        format.setTimeZone(OpenVsClosedChart.LONDON);
        time.setDateFormatOverride(format);
        LocalDate from = Stream.concat(data.actions().stream().map(PlannedAction::start), Stream.of(data.today()))
                .min(LocalDate::compareTo).orElseThrow();
        LocalDate to = data.actions().stream().flatMap(a -> Stream.of(a.due(), a.originalDue(), a.start()))
                .reduce(data.today(), (x, y) -> x.isAfter(y) ? x : y);
        time.setRange(date(from.minusDays(7)), date(to.plusDays(14)));

        CategoryPlot plot = new CategoryPlot(dataset, actions, time, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Styling.categoryPlot(plot, style);
        plot.setRangeGridlinesVisible(true);
        ValueMarker today = new ValueMarker(date(data.today()).getTime(), style.text(),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
        today.setLabel(Messages.t("dashboard.gantt.today"));
        today.setLabelFont(style.font(Font.BOLD, 11));
        today.setLabelPaint(style.text());
        today.setLabelBackgroundColor(style.background());
        today.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        today.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        today.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(today, Layer.FOREGROUND);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Legends.bar(Messages.t("dashboard.gantt.open"), open));
        legend.add(Legends.bar(Messages.t("dashboard.gantt.overdue"), style.overdue()));
        legend.add(Legends.bar(Messages.t("dashboard.gantt.done"), style.closed()));
        legend.add(Legends.bar(Messages.t("dashboard.gantt.original"), plannedBefore));
        JFreeChart chart = Styling.chart(title, plot, style, legend);
        Styling.subtitle(chart, Messages.t("dashboard.gantt.subtitle"), style);
        return new ChartSpec(title, altText(data), table, chart, height, false);
    }

    /** The action's name, marked "(done)" or "(overdue)" in words so the state does not rely on colour. */
    private static List<String> labels(ActionPlanTimeline data) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        for (PlannedAction a : data.actions()) {
            String label = a.done() ? Messages.t("dashboard.gantt.name-done", a.name())
                    : a.overdueOn(data.today()) ? Messages.t("dashboard.gantt.name-overdue", a.name()) : a.name();
            String unique = label;
            for (int n = 2; !seen.add(unique); n++) {
                unique = label + " #" + n;   // category keys must differ
            }
            labels.add(unique);
        }
        return labels;
    }

    static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(OpenVsClosedChart.LONDON.toZoneId()).toInstant());
    }

    /** A task due on a day runs to the end of that day. */
    private static Date endOf(LocalDate day) {
        return date(day.plusDays(1));
    }

    private static String altText(ActionPlanTimeline data) {
        List<PlannedAction> actions = data.actions();
        long done = actions.stream().filter(PlannedAction::done).count();
        long overdue = actions.stream().filter(a -> a.overdueOn(data.today())).count();
        long moved = actions.stream().filter(PlannedAction::moved).count();
        LocalDate first = actions.stream().map(PlannedAction::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = actions.stream().map(PlannedAction::due).max(LocalDate::compareTo).orElseThrow();
        return Messages.t("dashboard.gantt.alt", data.plan(), Texts.count("dashboard.count.actions", actions.size()),
                Texts.day(first), Texts.day(last), done, overdue, Texts.day(data.today()), moved);
    }

    private static ChartTable table(ActionPlanTimeline data) {
        List<List<String>> rows = data.actions().stream().map(a -> List.of(a.name(), Texts.day(a.start()),
                Texts.day(a.due()), Texts.day(a.originalDue()),
                Messages.t(a.done() ? "dashboard.gantt.done" : a.overdueOn(data.today()) ? "dashboard.gantt.overdue"
                        : "dashboard.gantt.open"))).toList();
        return new ChartTable(List.of(Messages.t("dashboard.gantt.table.action"), Messages.t("dashboard.gantt.table.start"),
                Messages.t("dashboard.gantt.table.due"), Messages.t("dashboard.gantt.table.original-due"),
                Messages.t("dashboard.gantt.table.status")), rows);
    }
}
