package org.oversight.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Fills a bar with its series colour and then draws its hatching, so that bars differ by pattern as well as by
 * lightness. Works for every {@link BarRenderer} subclass, Gantt bars included.
 * <p>
 * {@link #merged} painters (charts with many bars, decision 0081) draw nothing per bar: they gather every fill of
 * one colour into one path and every hatching of one ink into another, turn an outline in the gap colour into an
 * inset of the fill (the same look, no extra shape), and draw it all when the renderer calls {@link #flush} after its
 * bar pass and before its labels: a few paths instead of three shapes per bar in the SVG.
 * <p>
 * Drawing an SVG ({@link SvgHatching#of}), every painter fills a hatched bar with its look's shared pattern instead of
 * drawing its lines (decision 0107).
 */
final class HatchedBarPainter implements BarPainter, Serializable {

    /** Which look an item gets; by series unless a chart needs per-item looks (slippage, Gantt). */
    @FunctionalInterface
    interface Looks extends Serializable {
        ChartStyle.SeriesLook of(int row, int column);
    }

    private record Pen(Stroke stroke, Paint paint) implements Serializable {
    }

    static final double SPACING = 6;
    private static final Stroke HATCH_STROKE = new BasicStroke(1f);

    private final Looks looks;
    /** The merged painter's gap colour, null for a painter that draws each bar at once. */
    private final Paint gap;
    private final transient Map<Paint, Path2D> fills = new LinkedHashMap<>();
    private final transient Map<Paint, Path2D> hatches = new LinkedHashMap<>();
    private final transient Map<Pen, Path2D> outlines = new LinkedHashMap<>();

    HatchedBarPainter(Looks looks) {
        this(looks, null);
    }

    private HatchedBarPainter(Looks looks, Paint gap) {
        this.looks = looks;
        this.gap = gap;
    }

    static HatchedBarPainter bySeries(ChartStyle style) {
        return new HatchedBarPainter((row, column) -> style.series(row));
    }

    /** Gathers the bars and draws them in {@link #flush}; outlines painted {@code gap} become gaps. */
    static HatchedBarPainter merged(Looks looks, Paint gap) {
        return new HatchedBarPainter(looks, gap);
    }

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        ChartStyle.SeriesLook look = looks.of(row, column);
        Stroke outlineStroke = renderer.isDrawBarOutline() ? renderer.getItemOutlineStroke(row, column) : null;
        Paint outlinePaint = renderer.isDrawBarOutline() ? renderer.getItemOutlinePaint(row, column) : null;
        SvgHatching svg = SvgHatching.of(g2);
        if (gap != null) {
            gather(look, bar.getFrame(), outlineStroke, outlinePaint, svg);
            return;
        }
        boolean hatched = look.hatch() != Hatch.NONE && bar.getWidth() > 1 && bar.getHeight() > 1;
        g2.setPaint(hatched && svg != null ? svg.paint(look.fill(), look.hatch(), look.ink()) : look.fill());
        g2.fill(bar);
        if (hatched && svg == null) {
            g2.setPaint(look.ink());
            g2.setStroke(HATCH_STROKE);
            g2.draw(look.hatch().lines(bar.getFrame(), SPACING));
        }
        if (outlineStroke != null && outlinePaint != null) {
            g2.setStroke(outlineStroke);
            g2.setPaint(outlinePaint);
            g2.draw(bar);
        }
    }

    private void gather(ChartStyle.SeriesLook look, Rectangle2D bar, Stroke outlineStroke, Paint outlinePaint,
            SvgHatching svg) {
        Rectangle2D shape = bar;
        boolean outlined = outlineStroke != null && outlinePaint != null;
        if (outlined && gap.equals(outlinePaint) && outlineStroke instanceof BasicStroke b) {
            // a stroke of width w in the gap colour covers w/2 inside the edge: fill only what it leaves
            double inset = b.getLineWidth() / 2;
            shape = new Rectangle2D.Double(bar.getX() + inset, bar.getY() + inset, Math.max(0, bar.getWidth() - 2 * inset),
                    Math.max(0, bar.getHeight() - 2 * inset));
            outlined = false;
        }
        if (shape.getWidth() <= 0 || shape.getHeight() <= 0) {
            return;
        }
        boolean hatched = look.hatch() != Hatch.NONE && shape.getWidth() > 1 && shape.getHeight() > 1;
        // in the SVG a hatched look is one fill with a shared pattern (decision 0107); in the PNG, fill then lines
        Paint fill = hatched && svg != null ? svg.paint(look.fill(), look.hatch(), look.ink()) : look.fill();
        fills.computeIfAbsent(fill, p -> new Path2D.Double()).append(shape, false);
        if (hatched && svg == null) {
            hatches.computeIfAbsent(look.ink(), p -> new Path2D.Double()).append(look.hatch().lines(shape, SPACING), false);
        }
        if (outlined) {
            outlines.computeIfAbsent(new Pen(outlineStroke, outlinePaint), p -> new Path2D.Double()).append(bar, false);
        }
    }

    /** Draws what a merged painter has gathered (fills, then hatching, then outlines) and forgets it. */
    void flush(Graphics2D g2) {
        fills.forEach((paint, path) -> {
            g2.setPaint(paint);
            g2.fill(path);
        });
        g2.setStroke(HATCH_STROKE);
        hatches.forEach((paint, path) -> {
            g2.setPaint(paint);
            g2.draw(path);
        });
        outlines.forEach((pen, path) -> {
            g2.setStroke(pen.stroke());
            g2.setPaint(pen.paint());
            g2.draw(path);
        });
        fills.clear();
        hatches.clear();
        outlines.clear();
    }

    @Override
    public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base, boolean pegShadow) {
        // flat style: no shadows
    }
}
