package org.oversight.dashboard.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYDataset;

/**
 * Lines with a marker at every point, the markers of a series drawn as one filled path and one outline once the
 * series' last point is reached (decision 0118) rather than as two shapes per point: the three-year trend of two
 * series wrote 144 marker elements, now four. Marker by marker the same shapes, paints and strokes as
 * {@link XYLineAndShapeRenderer} draws, in the same order between series; within a series the fills all come before
 * the outlines, which in one colour looks the same. Item labels, if a chart turned them on, would come before the
 * series' markers instead of after each one (no chart here has them: the trend writes its last values as annotations).
 */
final class MergedMarkerRenderer extends XYLineAndShapeRenderer {

    private record Pen(Stroke stroke, Paint paint) {
    }

    private final transient Map<Paint, Path2D> fills = new LinkedHashMap<>();
    private final transient Map<Pen, Path2D> outlines = new LinkedHashMap<>();

    MergedMarkerRenderer() {
        super(true, true);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState,
                pass);
        if (isItemPass(pass) && item == state.getLastItemIndex()) {
            flush(g2);
        }
    }

    /** As {@link XYLineAndShapeRenderer}'s, except that the marker is gathered for {@link #flush}, not drawn. */
    @Override
    protected void drawSecondaryPass(Graphics2D g2, XYPlot plot, XYDataset dataset, int pass, int series, int item,
            ValueAxis domainAxis, Rectangle2D dataArea, ValueAxis rangeAxis, CrosshairState crosshairState,
            EntityCollection entities) {
        double x1 = dataset.getXValue(series, item);
        double y1 = dataset.getYValue(series, item);
        if (Double.isNaN(y1) || Double.isNaN(x1)) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double transX1 = domainAxis.valueToJava2D(x1, dataArea, plot.getDomainAxisEdge());
        double transY1 = rangeAxis.valueToJava2D(y1, dataArea, plot.getRangeAxisEdge());
        boolean horizontal = orientation == PlotOrientation.HORIZONTAL;
        double xx = horizontal ? transY1 : transX1;
        double yy = horizontal ? transX1 : transY1;
        Shape entityArea = null;
        if (getItemShapeVisible(series, item)) {
            Shape shape = ShapeUtils.createTranslatedShape(getItemShape(series, item), xx, yy);
            entityArea = shape;
            if (shape.intersects(dataArea)) {
                if (getItemShapeFilled(series, item)) {
                    Paint fill = getUseFillPaint() ? getItemFillPaint(series, item) : getItemPaint(series, item);
                    fills.computeIfAbsent(fill, p -> new Path2D.Double()).append(shape, false);
                }
                if (getDrawOutlines()) {
                    Pen pen = new Pen(getItemOutlineStroke(series, item),
                            getUseOutlinePaint() ? getItemOutlinePaint(series, item) : getItemPaint(series, item));
                    outlines.computeIfAbsent(pen, p -> new Path2D.Double()).append(shape, false);
                }
            }
        }
        if (isItemLabelVisible(series, item)) {
            drawItemLabel(g2, orientation, dataset, series, item, xx, yy, y1 < 0.0);
        }
        updateCrosshairValues(crosshairState, x1, y1, plot.indexOf(dataset), transX1, transY1, orientation);
        if (entities != null && ShapeUtils.isPointInRect(dataArea, xx, yy)) {
            addEntity(entities, entityArea, dataset, series, item, xx, yy);
        }
    }

    /** Draws the markers gathered so far (fills, then outlines) and forgets them. */
    private void flush(Graphics2D g2) {
        fills.forEach((paint, path) -> {
            g2.setPaint(paint);
            g2.fill(path);
        });
        outlines.forEach((pen, path) -> {
            g2.setStroke(pen.stroke());
            g2.setPaint(pen.paint());
            g2.draw(path);
        });
        fills.clear();
        outlines.clear();
    }
}
