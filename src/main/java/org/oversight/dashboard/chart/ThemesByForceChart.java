package org.oversight.dashboard.chart;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.oversight.base.i18n.Messages;

/**
 * A heat map of open recommendations, themes across and forces down, each cell with its count written in it so
 * that it reads without colour.
 */
public final class ThemesByForceChart {


    private static final int ROW_HEIGHT = 22;
    private static final int MANY_THEMES = 6;

    private ThemesByForceChart() {
    }

    /** 22 px per force plus title and theme labels (taller when there are many themes and they stand upright). */
    public static int recommendedHeight(int forces, int themes) {
        return Math.max(300, 130 + (themes > MANY_THEMES ? 110 : 30) + forces * ROW_HEIGHT);
    }

    public static ChartSpec build(ThemesByForce data, ChartStyle style) {
        ChartTable table = table(data);
        int height = recommendedHeight(data.forces().size(), data.themes().size());
        if (data.isEmpty()) {
            return ChartSpec.empty(Messages.t("dashboard.themes.title"), Messages.t("dashboard.themes.empty") + ".", table, style, height);
        }
        int themes = data.themes().size();
        int forces = data.forces().size();
        double[][] xyz = new double[3][themes * forces];
        for (int f = 0; f < forces; f++) {
            for (int t = 0; t < themes; t++) {
                int i = f * themes + t;
                xyz[0][i] = t;
                xyz[1][i] = f;
                xyz[2][i] = data.forces().get(f).count(t);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(Messages.t("dashboard.themes.series"), xyz);

        PaintScale scale = new CountScale(data.max(), style);
        XYBlockRenderer renderer = new HeatMapRenderer() {
            @Override
            public Paint getItemLabelPaint(int series, int item) {
                return Lightness.textOn((java.awt.Color) scale.getPaint(dataset.getZValue(series, item)));
            }
        };
        renderer.setPaintScale(scale);
        // a little short of a whole cell, so the background shows as a thin grid between cells
        renderer.setBlockWidth(0.94);
        renderer.setBlockHeight(0.88);
        renderer.setDefaultItemLabelGenerator((d, series, item) -> {
            int n = (int) ((DefaultXYZDataset) d).getZValue(series, item);
            return n == 0 ? null : Integer.toString(n);
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.tickFont());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));

        SymbolAxis themeAxis = new SymbolAxis(null, data.themes().toArray(String[]::new));
        themeAxis.setGridBandsVisible(false);
        themeAxis.setVerticalTickLabels(themes > MANY_THEMES);
        SymbolAxis forceAxis = new SymbolAxis(null, data.forces().stream().map(CountRow::name).toArray(String[]::new));
        forceAxis.setGridBandsVisible(false);
        forceAxis.setInverted(true);   // first force at the top, as in a table
        XYPlot plot = new XYPlot(dataset, themeAxis, forceAxis, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        Styling.xyPlot(plot, style);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (SymbolAxis axis : List.of(themeAxis, forceAxis)) {
            axis.setAxisLineVisible(false);
            axis.setTickMarksVisible(false);
        }

        JFreeChart chart = Styling.chart(Messages.t("dashboard.themes.title"), plot, style, null);
        Styling.subtitle(chart, Messages.t(style.variant() == ChartStyle.Variant.DARK ? "dashboard.themes.subtitle-dark"
                : "dashboard.themes.subtitle"), style);
        return new ChartSpec(Messages.t("dashboard.themes.title"), altText(data), table, chart, height, false);
    }

    /** Zero is the page colour; 1 … max run along the style's one-hue ramp. */
    private record CountScale(int max, ChartStyle style) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return Math.max(1, max);
        }

        @Override
        public Paint getPaint(double value) {
            return value <= 0 ? style.sequential(0) : style.sequential(0.15 + 0.85 * value / getUpperBound());
        }
    }

    private static String altText(ThemesByForce data) {
        int topTheme = 0;
        for (int t = 1; t < data.themes().size(); t++) {
            if (data.themeTotal(t) > data.themeTotal(topTheme)) {
                topTheme = t;
            }
        }
        String cellForce = null;
        String cellTheme = null;
        int cell = -1;
        for (CountRow force : data.forces()) {
            for (int t = 0; t < data.themes().size(); t++) {
                if (force.count(t) > cell) {
                    cell = force.count(t);
                    cellForce = force.name();
                    cellTheme = data.themes().get(t);
                }
            }
        }
        return Messages.t("dashboard.themes.alt", Texts.count("dashboard.count.forces", data.forces().size()),
                Texts.count("dashboard.count.theme-tags", data.total()), data.themes().get(topTheme),
                data.themeTotal(topTheme), cellForce, cellTheme, cell);
    }

    private static ChartTable table(ThemesByForce data) {
        List<String> headers = new ArrayList<>(List.of(Messages.t("dashboard.table.force")));
        headers.addAll(data.themes());
        headers.add(Messages.t("dashboard.table.total"));
        List<List<String>> rows = data.forces().stream().map(f -> {
            List<String> row = new ArrayList<>(List.of(f.name()));
            f.counts().forEach(c -> row.add(Integer.toString(c)));
            row.add(Integer.toString(f.total()));
            return (List<String>) row;
        }).toList();
        return new ChartTable(headers, rows);
    }
}
