package org.oversight.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.RectangularShape;
import java.io.Serializable;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Fills a bar with its series colour and then draws its hatching, so that bars differ by pattern as well as by
 * lightness. Works for every {@link BarRenderer} subclass, Gantt bars included.
 */
final class HatchedBarPainter implements BarPainter, Serializable {

    /** Which look an item gets; by series unless a chart needs per-item looks (slippage, Gantt). */
    @FunctionalInterface
    interface Looks extends Serializable {
        ChartStyle.SeriesLook of(int row, int column);
    }

    static final double SPACING = 6;
    private static final Stroke HATCH_STROKE = new BasicStroke(1f);

    private final Looks looks;

    HatchedBarPainter(Looks looks) {
        this.looks = looks;
    }

    static HatchedBarPainter bySeries(ChartStyle style) {
        return new HatchedBarPainter((row, column) -> style.series(row));
    }

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        ChartStyle.SeriesLook look = looks.of(row, column);
        g2.setPaint(look.fill());
        g2.fill(bar);
        if (look.hatch() != Hatch.NONE && bar.getWidth() > 1 && bar.getHeight() > 1) {
            g2.setPaint(look.ink());
            g2.setStroke(HATCH_STROKE);
            g2.draw(look.hatch().lines(bar.getFrame(), SPACING));
        }
        if (renderer.isDrawBarOutline()) {
            Stroke stroke = renderer.getItemOutlineStroke(row, column);
            Paint paint = renderer.getItemOutlinePaint(row, column);
            if (stroke != null && paint != null) {
                g2.setStroke(stroke);
                g2.setPaint(paint);
                g2.draw(bar);
            }
        }
    }

    @Override
    public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base, boolean pegShadow) {
        // flat style: no shadows
    }
}
