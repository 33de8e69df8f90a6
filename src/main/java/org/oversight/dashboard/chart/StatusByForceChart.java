package org.oversight.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.oversight.base.i18n.Messages;

/** Stacked horizontal bars: one bar per force, one segment per status group, most open items at the top. */
public final class StatusByForceChart {


    private static final int ROW_HEIGHT = 22;
    private static final int CHROME_HEIGHT = 170;

    private StatusByForceChart() {
    }

    /** Height in pixels that gives each force a readable row: 22 px per force plus title, legend and axis. */
    public static int recommendedHeight(int forces) {
        return Math.max(300, CHROME_HEIGHT + forces * ROW_HEIGHT);
    }

    public static ChartSpec build(StatusByForce data, ChartStyle style) {
        if (data.isBreakdown()) {
            return StatusBreakdownChart.of(data, data.forces().getFirst(), style);
        }
        List<CountRow> forces = data.forcesByOpenDescending();
        ChartTable table = table(data, forces);
        int height = recommendedHeight(forces.size());
        if (data.isEmpty()) {
            return ChartSpec.empty(Messages.t("dashboard.status.title"), Messages.t("dashboard.status.empty") + ".", table, style, height);
        }
        String highlighted = data.highlightedForce().orElse(null);
        String marked = highlighted == null ? null : style.highlightMarker() + " " + highlighted;

        // the bars show open items only; closed ones (verified) stay in the table beneath
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<StatusByForce.StatusGroup> barGroups = data.groups().stream().filter(StatusByForce.StatusGroup::isOpen)
                .toList();
        for (int g = 0; g < data.groups().size(); g++) {
            if (!data.groups().get(g).isOpen()) {
                continue;
            }
            for (CountRow force : forces) {
                String key = force.name().equals(highlighted) ? marked : force.name();
                dataset.addValue(force.count(g), data.groups().get(g).label(), key);
            }
        }

        CategoryAxis forceAxis = Styling.categoryAxis(null);
        forceAxis.setMaximumCategoryLabelLines(1);
        forceAxis.setMaximumCategoryLabelWidthRatio(0.35f);
        forceAxis.setCategoryMargin(0.2);
        NumberAxis countAxis = Styling.countAxis(Messages.t("dashboard.axis.recommendations"));
        List<ChartStyle.SeriesLook> looks = looks(barGroups, style);
        StackedBarRenderer bars = renderer(style, looks, marked);
        // a bar no thicker than a row of the full list: one organisation's chart is not one huge block
        bars.setMaximumBarWidth(Math.min(0.9, 0.8 * ROW_HEIGHT / (double) (height - CHROME_HEIGHT)));
        CategoryPlot plot = new CategoryPlot(dataset, forceAxis, countAxis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // the count axis on top, next to the legend: with 44 rows the bottom of the chart is far away
        plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
        Styling.categoryPlot(plot, style);

        int maxTotal = forces.stream().mapToInt(data::open).max().orElse(0);
        for (CountRow force : forces) {
            String key = force.name().equals(highlighted) ? marked : force.name();
            CategoryTextAnnotation open = new CategoryTextAnnotation(Integer.toString(data.open(force)), key,
                    data.open(force) + maxTotal * 0.012);
            open.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
            open.setFont(style.font(key.equals(marked) ? Font.BOLD : Font.PLAIN, 11));
            open.setPaint(style.text());
            plot.addAnnotation(open);
        }
        if (marked != null && dataset.getColumnIndex(marked) >= 0) {
            forceAxis.setTickLabelFont(marked, style.font(Font.BOLD, 11));
            CategoryMarker band = new CategoryMarker(marked, style.highlight(), new BasicStroke(1f));
            band.setDrawAsLine(false);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }

        List<String> names = barGroups.stream().map(StatusByForce.StatusGroup::label).toList();
        JFreeChart chart = Styling.chart(Messages.t("dashboard.status.title"), plot, style, Legends.bars(names, looks));
        Styling.subtitle(chart, Messages.t("dashboard.status.subtitle", data.organisationsInWords()),
                style);
        return new ChartSpec(Messages.t("dashboard.status.title"), altText(data, forces), table, chart, height, false);
    }

    /**
     * Red for overdue and green for the first closed group (verified) whatever their position; the other looks, in
     * turn, for the open groups and any later closed one (closed for another reason).
     */
    static List<ChartStyle.SeriesLook> looks(List<StatusByForce.StatusGroup> groups, ChartStyle style) {
        List<ChartStyle.SeriesLook> looks = new ArrayList<>();
        int neutral = 0;
        boolean closedSeen = false;
        for (StatusByForce.StatusGroup group : groups) {
            boolean firstClosed = group.kind() == StatusByForce.StatusGroup.Kind.CLOSED && !closedSeen;
            closedSeen |= group.kind() == StatusByForce.StatusGroup.Kind.CLOSED;
            looks.add(switch (group.kind()) {
                case OVERDUE -> style.overdue();
                case CLOSED -> firstClosed ? style.closed() : style.neutral(neutral++);
                case OPEN -> style.neutral(neutral++);
            });
        }
        return looks;
    }

    static StackedBarRenderer renderer(ChartStyle style, List<ChartStyle.SeriesLook> looks, String marked) {
        Stroke thin = new BasicStroke(1f);
        Stroke thick = new BasicStroke(2.5f);
        HatchedBarPainter painter = HatchedBarPainter.merged((row, column) -> looks.get(row), style.background());
        StackedBarRenderer renderer = new StackedBarRenderer() {
            @Override
            public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                    CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
                if (pass == 2) { // every bar is gathered (pass 1): draw them before the labels
                    painter.flush(g2);
                }
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            }

            // a thin gap in the background colour between segments, a strong outline round the chosen force
            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return isMarked(column) ? style.text() : style.background();
            }

            @Override
            public Stroke getItemOutlineStroke(int row, int column) {
                return isMarked(column) ? thick : thin;
            }

            @Override
            public Paint getItemLabelPaint(int row, int column) {
                return looks.get(row).label();
            }

            @Override
            protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column,
                    CategoryPlot plot, CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
                // only where the count fits with some air around it, so that it does not sit on the hatching
                String label = generator.generateLabel(data, row, column);
                if (label != null
                        && g2.getFontMetrics(getItemLabelFont(row, column)).stringWidth(label) + 6 <= bar.getWidth()) {
                    super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
                }
            }

            private boolean isMarked(int column) {
                return marked != null && marked.equals(getPlot().getDataset().getColumnKey(column));
            }
        };
        renderer.setBarPainter(painter);
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        // counts inside segments wide enough to hold them; JFreeChart skips a label that does not fit
        renderer.setDefaultItemLabelGenerator(Styling.countLabels());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.itemLabelFont());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        renderer.setPositiveItemLabelPositionFallback(null);
        return renderer;
    }

    private static String altText(StatusByForce data, List<CountRow> forces) {
        boolean tracksOverdue = data.groups().stream()
                .anyMatch(g -> g.kind() == StatusByForce.StatusGroup.Kind.OVERDUE);
        StringBuilder alt = new StringBuilder(Messages.t("dashboard.status.alt", data.organisationsInWords())).append(' ');
        String highlighted = data.highlightedForce().orElse(null);
        if (highlighted != null) {
            alt.append(data.force(highlighted)
                    .map(f -> tracksOverdue
                            ? Messages.t("dashboard.status.alt-has-overdue", highlighted, data.open(f), data.overdue(f))
                            : Messages.t("dashboard.status.alt-has", highlighted, data.open(f)))
                    .orElse(Messages.t("dashboard.status.alt-has-none", highlighted)));
        } else {
            int open = forces.stream().mapToInt(data::open).sum();
            int overdue = forces.stream().mapToInt(data::overdue).sum();
            alt.append(tracksOverdue ? Messages.t("dashboard.status.alt-total-overdue", open, overdue)
                    : Messages.t("dashboard.status.alt-total", open));
        }
        boolean mixed = data.includesNationalBodies();
        int most = data.open(forces.getFirst());
        if (most == 0) {
            return alt.append(Messages.t(mixed ? "dashboard.status.alt-none-mixed" : "dashboard.status.alt-none")).toString();
        }
        List<String> leaders = forces.stream().filter(f -> data.open(f) == most).map(CountRow::name).toList();
        String at = Texts.firstFew(leaders, 3, mixed ? "dashboard.count.other-organisations" : "dashboard.count.other-forces");
        alt.append(Messages.t(leaders.size() > 1 ? "dashboard.status.alt-most-each" : "dashboard.status.alt-most", at, most));
        return alt.toString();
    }

    /** Header of the table's last column when national bodies are among the rows: force or national body. */

    private static ChartTable table(StatusByForce data, List<CountRow> forces) {
        boolean mixed = data.includesNationalBodies();
        List<String> headers = new ArrayList<>(List.of(Messages.t(mixed ? "dashboard.status.table.organisation"
                : "dashboard.table.force")));
        data.groups().forEach(g -> headers.add(g.label()));
        headers.add(Messages.t("dashboard.table.open"));
        headers.add(Messages.t("dashboard.table.total"));
        if (mixed) {
            headers.add(Messages.t("dashboard.status.table.kind"));
        }
        List<List<String>> rows = forces.stream().map(f -> {
            List<String> row = new ArrayList<>(List.of(f.name()));
            f.counts().forEach(c -> row.add(Integer.toString(c)));
            row.add(Integer.toString(data.open(f)));
            row.add(Integer.toString(f.total()));
            if (mixed) {
                row.add(Messages.t(f.nationalBody() ? "dashboard.status.table.national-body" : "dashboard.table.force"));
            }
            return (List<String>) row;
        }).toList();
        return new ChartTable(headers, rows);
    }
}
