package org.oversight.dashboard.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hatching in the SVG as shared {@code <pattern>} definitions (decision 0107): each distinct (fill, hatch, ink) is
 * defined once in {@code <defs>} and every hatched bar of that look is filled with {@code url(#…)}, so a chart's bars
 * of one look are a single path with no hatch lines of their own.
 *
 * <p>JFreeSVG 5 writes any paint other than a colour or gradient as black, so a painter that finds this object among
 * the graphics' rendering hints ({@link #of}) fills hatched bars with a placeholder colour ({@link #paint}) that no
 * chart uses (an almost transparent rgb(1,2,k)); {@link #apply} then replaces each placeholder's exact fill style with
 * the reference and adds the definitions. The PNG path has no such hint and draws the hatch lines, as before. One
 * instance serves one render.
 */
final class SvgHatching {

    /** The rendering hint under which {@link ChartRenderer#toSvg} hands this to the painters. */
    static final RenderingHints.Key KEY = new RenderingHints.Key(0x0107) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof SvgHatching;
        }
    };

    /** The tile's size: the distance between hatch lines, as {@link HatchedBarPainter#SPACING}. */
    private static final String TILE = ChartRenderer.hundredths(HatchedBarPainter.SPACING);
    private static final String HALF = ChartRenderer.hundredths(HatchedBarPainter.SPACING / 2);
    /** How JFreeSVG writes the placeholder's opacity (alpha 1 of 255 as a float, widened). */
    private static final String PLACEHOLDER_OPACITY = ";fill-opacity:" + (double) (1 / 255f);

    private record Look(Color fill, Hatch hatch, Color ink) {
    }

    private final String idPrefix;
    private final Map<Look, Integer> looks = new LinkedHashMap<>();

    SvgHatching(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** The hatching of the SVG being drawn on {@code g2}, or null when {@code g2} draws anything else (PNG). */
    static SvgHatching of(Graphics2D g2) {
        return g2.getRenderingHint(KEY) instanceof SvgHatching h ? h : null;
    }

    /** The placeholder colour that {@link #apply} turns into this look's pattern. */
    Color paint(Color fill, Hatch hatch, Color ink) {
        int k = looks.computeIfAbsent(new Look(fill, hatch, ink), l -> looks.size());
        if (k > 255) {
            throw new IllegalStateException("more than 256 hatched looks in one chart"); // i18n-ok: programmers only
        }
        return new Color(1, 2, k, 1);
    }

    /** The SVG with each placeholder fill replaced by its pattern, and the patterns defined once each. */
    String apply(String svg) {
        if (looks.isEmpty()) {
            return svg;
        }
        String out = svg;
        StringBuilder defs = new StringBuilder(256 * looks.size());
        for (Map.Entry<Look, Integer> e : looks.entrySet()) {
            String id = idPrefix + "hatch-" + e.getValue();
            out = out.replace("fill:rgb(1,2," + e.getValue() + ")" + PLACEHOLDER_OPACITY, "fill:url(#" + id + ")");
            define(defs, id, e.getKey());
        }
        int defsAt = out.indexOf("<defs>");
        if (defsAt >= 0) {
            int at = defsAt + "<defs>".length();
            return out.substring(0, at) + defs + out.substring(at);
        }
        int at = out.indexOf('>', out.indexOf("<svg")) + 1;
        return out.substring(0, at) + "<defs>" + defs + "</defs>" + out.substring(at);
    }

    /**
     * A square tile filled with the look's colour, its line (two for a cross) through the middle, turned to the hatch's
     * angle and moved by half a tile so that a line passes through the origin: the lines fall exactly where
     * {@link Hatch#lines} draws them for the PNG. A line through the middle rather than two halves on the edges
     * keeps it as crisp as a drawn line when the browser scales the tile.
     */
    private static void define(StringBuilder b, String id, Look look) {
        b.append("<pattern id='").append(id).append("' patternUnits='userSpaceOnUse' width='").append(TILE)
                .append("' height='").append(TILE).append("' patternTransform='rotate(")
                .append(ChartRenderer.hundredths(look.hatch().angleDegrees())).append(") translate(-").append(HALF)
                .append(",-").append(HALF).append(")'><rect width='").append(TILE).append("' height='").append(TILE)
                .append("' ");
        colour(b, "fill", look.fill());
        b.append("/><path d='M0,").append(HALF).append('H').append(TILE);
        if (look.hatch().crossed()) {
            b.append('M').append(HALF).append(",0V").append(TILE);
        }
        b.append("' stroke-width='1' ");
        colour(b, "stroke", look.ink());
        b.append("/></pattern>");
    }

    private static void colour(StringBuilder b, String attribute, Color c) {
        b.append(attribute).append("='rgb(").append(c.getRed()).append(',').append(c.getGreen()).append(',')
                .append(c.getBlue()).append(")'");
        if (c.getAlpha() < 255) {
            b.append(' ').append(attribute).append("-opacity='").append(ChartRenderer.hundredths(c.getAlpha() / 255.0))
                    .append('\'');
        }
    }
}
