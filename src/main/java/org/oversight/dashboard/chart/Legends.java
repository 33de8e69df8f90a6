package org.oversight.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/**
 * Legend entries that show the same hatching as the bars. JFreeChart's own legend fills the swatch with the
 * series paint only (and draws any "line" beneath the fill), so we make the swatch a path of the square plus
 * its hatch lines: filling ignores the zero-area lines, and the outline stroke draws them on top.
 */
final class Legends {

    private static final double SIZE = 12;

    private Legends() {
    }

    static LegendItemCollection bars(List<String> names, List<ChartStyle.SeriesLook> looks) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < names.size(); i++) {
            items.add(bar(names.get(i), looks.get(i)));
        }
        return items;
    }

    static LegendItem bar(String name, ChartStyle.SeriesLook look) {
        Rectangle2D square = new Rectangle2D.Double(-SIZE / 2, -SIZE / 2, SIZE, SIZE);
        Path2D swatch = new Path2D.Double(square);
        swatch.append(look.hatch().lines(square, HatchedBarPainter.SPACING / 2), false);
        return new LegendItem(name, null, null, null, swatch, look.fill(), new BasicStroke(0.8f), look.ink());
    }

    static LegendItemCollection lines(List<String> names, ChartStyle style) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < names.size(); i++) {
            ChartStyle.LineLook look = style.line(i);
            Shape line = new Line2D.Double(-14, 0, 14, 0);
            items.add(new LegendItem(names.get(i), null, null, null, true, look.marker(), true, look.colour(),
                    false, look.colour(), new BasicStroke(1f), true, line, look.stroke(), look.colour()));
        }
        return items;
    }
}
