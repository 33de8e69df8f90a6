package org.oversight.dashboard.chart;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A hatching drawn over a filled area so that series stay apart in greyscale print and for colour-blind readers.
 *
 * <p>Why lines and not {@link java.awt.TexturePaint}: JFreeSVG 5 writes any paint other than a colour or gradient
 * as plain black, so a texture would turn every hatched bar black in the SVG. Plain line segments, clipped here to
 * the rectangle, look the same in SVG and PNG and need no clip paths.
 */
public enum Hatch {
    NONE(),
    DIAGONAL(1, -1),
    CROSS(1, -1, 1, 1),
    HORIZONTAL(1, 0),
    BACK_DIAGONAL(1, 1),
    VERTICAL(0, 1);

    /** Pairs of (dx, dy) line directions. */
    private final double[] directions;

    Hatch(double... directions) {
        this.directions = directions;
    }

    /** The angle of the first family of lines, in degrees clockwise on screen (SVG's {@code rotate}). */
    double angleDegrees() {
        return directions.length < 2 ? 0 : Math.toDegrees(Math.atan2(directions[1], directions[0]));
    }

    /** Whether a second family of lines crosses the first at right angles ({@link #CROSS}). */
    boolean crossed() {
        return directions.length == 4;
    }

    /** The hatch lines inside {@code r}, {@code spacing} pixels apart, as one path of separate segments. */
    public Path2D lines(Rectangle2D r, double spacing) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i + 1 < directions.length; i += 2) {
            addFamily(path, r, directions[i], directions[i + 1], spacing);
        }
        return path;
    }

    private static void addFamily(Path2D path, Rectangle2D r, double dx, double dy, double spacing) {
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        // the normal of the line direction; lines are n·p = c for c on a grid anchored at 0 so that
        // neighbouring bars line up like one continuous pattern
        double nx = -uy;
        double ny = ux;
        double[] cs = {nx * r.getMinX() + ny * r.getMinY(), nx * r.getMaxX() + ny * r.getMinY(),
                nx * r.getMinX() + ny * r.getMaxY(), nx * r.getMaxX() + ny * r.getMaxY()};
        double cMin = Math.min(Math.min(cs[0], cs[1]), Math.min(cs[2], cs[3]));
        double cMax = Math.max(Math.max(cs[0], cs[1]), Math.max(cs[2], cs[3]));
        double reach = Math.abs(r.getWidth()) + Math.abs(r.getHeight());
        for (double c = Math.ceil(cMin / spacing) * spacing; c <= cMax; c += spacing) {
            // a point on the line, then a long segment along it, clipped to r
            double px = nx * c;
            double py = ny * c;
            double t0 = (ux * (r.getCenterX() - px) + uy * (r.getCenterY() - py)) - reach;
            clip(path, r, px + ux * t0, py + uy * t0, ux * 2 * reach, uy * 2 * reach);
        }
    }

    /** Liang–Barsky: adds the part of the segment (x0,y0)+t(dx,dy), t∈[0,1], that lies inside r. */
    private static void clip(Path2D path, Rectangle2D r, double x0, double y0, double dx, double dy) {
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - r.getMinX(), r.getMaxX() - x0, y0 - r.getMinY(), r.getMaxY() - y0};
        double tIn = 0;
        double tOut = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    tIn = Math.max(tIn, t);
                } else {
                    tOut = Math.min(tOut, t);
                }
            }
        }
        if (tIn < tOut) {
            path.moveTo(x0 + tIn * dx, y0 + tIn * dy);
            path.lineTo(x0 + tOut * dx, y0 + tOut * dy);
        }
    }
}
