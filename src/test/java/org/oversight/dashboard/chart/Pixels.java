package org.oversight.dashboard.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;

/**
 * A chart drawn to pixels, with JFreeChart's record of where each bar went, so a test can look at a bar the way a
 * reader of a greyscale print would: by its grey levels.
 */
final class Pixels {

    private final BufferedImage image;
    private final ChartRenderingInfo info;

    private Pixels(BufferedImage image, ChartRenderingInfo info) {
        this.image = image;
        this.info = info;
    }

    static Pixels draw(JFreeChart chart, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g2 = image.createGraphics();
        // no anti-aliasing: the edges of hatch lines would add grey levels of their own
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        chart.setAntiAlias(false);
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h), info);
        g2.dispose();
        return new Pixels(image, info);
    }

    /**
     * Grey levels that cover at least 3 % of the inside of the bar (row, column), its outline excluded: a pattern
     * counts, a one-pixel marker line crossing the bar does not.
     */
    int greyLevelsInBar(int row, int column) {
        Map<Integer, Integer> pixelsPerLevel = new HashMap<>();
        Rectangle inside = inside(row, column);
        for (int x = inside.x; x < inside.x + inside.width; x++) {
            for (int y = inside.y; y < inside.y + inside.height; y++) {
                pixelsPerLevel.merge(grey(image.getRGB(x, y)), 1, Integer::sum);
            }
        }
        int area = inside.width * inside.height;
        return (int) pixelsPerLevel.values().stream().filter(n -> n >= area * 0.03).count();
    }

    /** The most common grey level of a solid bar. */
    int greyOfBar(int row, int column) {
        Rectangle inside = inside(row, column);
        return grey(image.getRGB(inside.x + inside.width / 2, inside.y + inside.height / 2));
    }

    /** Rec. 601 luma, what a plain greyscale conversion or printer does, 0 … 255. */
    static int grey(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }

    private Rectangle inside(int row, int column) {
        for (Object o : info.getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof CategoryItemEntity item) {
                int r = item.getDataset().getRowIndex(item.getRowKey());
                int c = item.getDataset().getColumnIndex(item.getColumnKey());
                if (r == row && c == column) {
                    Rectangle b = e.getArea().getBounds();
                    return new Rectangle(b.x + 3, b.y + 3, b.width - 6, b.height - 6);
                }
            }
        }
        throw new AssertionError("no bar at row " + row + ", column " + column);
    }
}
