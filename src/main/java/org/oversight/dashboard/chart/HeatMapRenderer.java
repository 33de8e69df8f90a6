package org.oversight.dashboard.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * The heat map's cells, drawn as one path per colour rather than a filled and an outlined rectangle per cell
 * (JFreeChart's own block renderer draws both), then the counts on top in a second pass: a 44 × 16 map becomes a few
 * dozen paths instead of 1,400 rectangles, which is most of the SVG's size and time (decision 0081). Blocks are
 * centred on their (x, y) value, as {@code RectangleAnchor.CENTER} places them. One instance draws one chart at a
 * time, as JFreeChart objects are built per request.
 */
class HeatMapRenderer extends XYBlockRenderer {

    private final transient Map<Paint, Path2D> cells = new LinkedHashMap<>();

    @Override
    public int getPassCount() {
        return 2;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                         CrosshairState crosshairState, int pass) {
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        double x0 = domainAxis.valueToJava2D(x - getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(x + getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(y - getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(y + getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
        Rectangle2D block = new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        if (pass == 0) {
            Paint paint = getPaintScale().getPaint(((XYZDataset) dataset).getZValue(series, item));
            cells.computeIfAbsent(paint, p -> new Path2D.Double()).append(block, false);
            boolean last = series == dataset.getSeriesCount() - 1 && item == dataset.getItemCount(series) - 1;
            if (last) {
                cells.forEach((p, path) -> {
                    g2.setPaint(p);
                    g2.fill(path);
                });
                cells.clear();
            }
        } else if (isItemLabelVisible(series, item)) {
            drawItemLabel(g2, plot.getOrientation(), dataset, series, item, block.getCenterX(), block.getCenterY(), y < 0.0);
        }
    }
}
