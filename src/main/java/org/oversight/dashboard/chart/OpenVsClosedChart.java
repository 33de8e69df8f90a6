package org.oversight.dashboard.chart;

import java.awt.Font;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.dashboard.chart.OpenVsClosedTrend.MonthCounts;

/** Monthly lines, e.g. open against verified-closed recommendations over the last three years. */
public final class OpenVsClosedChart {

    public static final int HEIGHT = 420;
    private static final double FEW_DAYS_MS = 6 * 24 * 3600 * 1000.0;

    /** UK watchdogs, UK months: a month runs from midnight to midnight London time. */
    static final TimeZone LONDON = TimeZone.getTimeZone("Europe/London");

    private OpenVsClosedChart() {
    }

    public static ChartSpec build(OpenVsClosedTrend data, ChartStyle style) {
        List<MonthCounts> months = data.window();
        ChartTable table = table(data.series(), months);
        if (data.isEmpty()) {
            return ChartSpec.empty(Messages.t("dashboard.trend.title"), Messages.t("dashboard.trend.empty") + ".", table, style, HEIGHT);
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection(LONDON);
        for (int s = 0; s < data.series().size(); s++) {
            TimeSeries series = new TimeSeries(data.series().get(s));
            for (MonthCounts m : months) {
                series.add(month(m), m.counts().get(s));
            }
            dataset.addSeries(series);
        }

        DateAxis time = new DateAxis(null, LONDON, Language.current().locale());
        time.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, monthStep(months.size())));
        SimpleDateFormat format = new SimpleDateFormat("MMM yyyy", Language.current().locale());
        format.setTimeZone(LONDON);
        time.setDateFormatOverride(format);
        time.setLowerMargin(0.02);
        time.setUpperMargin(0.07);   // room for the last values written after the lines

        // markers of a series as one path (decision 0118)
        XYLineAndShapeRenderer renderer = new MergedMarkerRenderer();
        renderer.setDrawSeriesLineAsPath(true);   // dashes run on smoothly across the points
        for (int s = 0; s < data.series().size(); s++) {
            ChartStyle.LineLook look = style.line(s);
            renderer.setSeriesPaint(s, look.colour());
            renderer.setSeriesStroke(s, look.stroke());
            renderer.setSeriesShape(s, look.marker());
        }

        XYPlot plot = new XYPlot(dataset, time, Styling.countAxis(Messages.t("dashboard.axis.recommendations")), renderer);
        Styling.xyPlot(plot, style);
        plot.setDomainGridlinesVisible(false);
        MonthCounts last = months.getLast();
        for (int s = 0; s < data.series().size(); s++) {
            // the latest figure written after each line: the number a reader looks for first
            // (offset by a few days rather than a leading space, which SVG would swallow)
            XYTextAnnotation value = new XYTextAnnotation(Integer.toString(last.counts().get(s)),
                    dataset.getXValue(s, months.size() - 1) + FEW_DAYS_MS, last.counts().get(s));
            value.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
            value.setFont(style.font(Font.BOLD, 11));
            value.setPaint(style.text());
            plot.addAnnotation(value);
        }
        JFreeChart chart = Styling.chart(Messages.t("dashboard.trend.title"), plot, style, Legends.lines(data.series(), style));
        Styling.subtitle(chart, Messages.t("dashboard.trend.subtitle", Texts.month(months.getFirst().month()),
                Texts.month(last.month())), style);
        return new ChartSpec(Messages.t("dashboard.trend.title"), altText(data.series(), months), table, chart, HEIGHT, false);
    }

    static Month month(MonthCounts m) {
        return new Month(m.month().getMonthValue(), m.month().getYear());
    }

    /** A tick every 1, 2, 3, 6 or 12 months, so that about eight labels fit. */
    static int monthStep(int months) {
        for (int step : new int[] {1, 2, 3, 6}) {
            if (months / step <= 8) {
                return step;
            }
        }
        return 12;
    }

    private static String altText(List<String> series, List<MonthCounts> months) {
        MonthCounts first = months.getFirst();
        MonthCounts last = months.getLast();
        List<String> moves = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            int from = first.counts().get(s);
            int to = last.counts().get(s);
            moves.add(to == from ? Messages.t("dashboard.trend.alt-stayed", series.get(s), to)
                    : Messages.t(to > from ? "dashboard.trend.alt-rose" : "dashboard.trend.alt-fell", series.get(s), from, to));
        }
        String period = months.size() == 1 ? Messages.t("dashboard.trend.alt-in", Texts.month(first.month()))
                : Messages.t("dashboard.trend.alt-from-to", Texts.month(first.month()), Texts.month(last.month()));
        return Messages.t("dashboard.trend.alt", period, Texts.and(moves));
    }

    private static ChartTable table(List<String> series, List<MonthCounts> months) {
        List<String> headers = new ArrayList<>(List.of(Messages.t("dashboard.trend.table.month")));
        headers.addAll(series);
        List<List<String>> rows = months.stream().map(m -> {
            List<String> row = new ArrayList<>(List.of(Texts.month(m.month())));
            m.counts().forEach(c -> row.add(Integer.toString(c)));
            return (List<String>) row;
        }).toList();
        return new ChartTable(headers, rows);
    }
}
