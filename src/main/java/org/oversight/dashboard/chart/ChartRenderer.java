package org.oversight.dashboard.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart to SVG (what the dashboard shows) or PNG (downloads, e-mail, anywhere SVG is not welcome).
 * Stateless and thread-safe; each call draws a chart the caller built for this call only.
 */
public final class ChartRenderer {

    private static final AtomicLong IDS = new AtomicLong();

    static {
        // upright labels (the heat map's themes) as rotated text, not as glyph outlines: JFreeChart's old workaround
        // for a JDK bug long fixed draws each letter's outline, 12 KB of path per label in the SVG (decision 0081)
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartRenderer() {
    }

    /**
     * An {@code <svg>} element that scales with its container: it has a viewBox of {@code w × h} and no width or
     * height, so the page decides the size (give the image or element {@code width: 100%}) and the aspect ratio
     * is kept.
     */
    public static String toSvg(JFreeChart chart, int w, int h) {
        return toSvg(chart, w, h, "oc" + IDS.incrementAndGet() + "-");
    }

    /**
     * As {@link #toSvg(JFreeChart, int, int)}, with the prefix for ids of clip paths and gradients given, so that
     * the same chart gives the same text (JFreeSVG's default prefix is the clock) and two charts inlined in one
     * page do not share ids.
     */
    public static String toSvg(JFreeChart chart, int w, int h, String idPrefix) {
        SVGGraphics2D g2 = svgGraphics(w, h, idPrefix);
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
        return svgText(g2, w, h);
    }

    /** JFreeSVG's graphics for a chart of {@code w × h}, set up as every chart's SVG wants them (the first step). */
    static SVGGraphics2D svgGraphics(int w, int h, String idPrefix) {
        checkSize(w, h);
        SVGGraphics2D g2 = new SVGGraphics2D(w, h);
        g2.setDefsKeyPrefix(idPrefix);
        // hundredths of a pixel are plenty and make the SVG about a third smaller than full double precision
        g2.setGeomDoubleConverter(ChartRenderer::hundredths);
        g2.setFontFunction(ChartStyle::cssFontFamily);
        // no SVGHints.KEY_TEXT_RENDERING: SvgTextStyles writes the text rendering once per style, not on every text
        // hatched bars as shared <pattern> definitions rather than lines per bar (decision 0107)
        g2.setRenderingHint(SvgHatching.KEY, new SvgHatching(idPrefix));
        return g2;
    }

    /**
     * The finished {@code <svg>} element of what was drawn on {@code g2} (the last step): text styled by class
     * (decision 0118), hatching as shared patterns (decision 0107).
     */
    static String svgText(SVGGraphics2D g2, int w, int h) {
        String svg = g2.getSVGElement(null, false, new ViewBox(0, 0, w, h), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
        return SvgHatching.of(g2).apply(SvgTextStyles.apply(svg, g2.getDefsKeyPrefix()));
    }

    /** A PNG image of exactly {@code w × h} pixels, anti-aliased. */
    public static byte[] toPng(JFreeChart chart, int w, int h) {
        checkSize(w, h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e); // i18n-ok: for programmers, never shown
        }
        return out.toByteArray();
    }

    /**
     * A coordinate to two decimal places, trailing zeros dropped ("12.5", "-0.07", "3"): called for every number
     * in the SVG, so written with integer arithmetic rather than BigDecimal (decision 0081).
     */
    static String hundredths(double d) {
        if (!Double.isFinite(d) || Math.abs(d) >= 1e15) {
            return Double.toString(d);
        }
        long v = Math.round(d * 100);
        if (v == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(12);
        if (v < 0) {
            sb.append('-');
            v = -v;
        }
        sb.append(v / 100);
        int cents = (int) (v % 100);
        if (cents != 0) {
            sb.append('.').append((char) ('0' + cents / 10));
            if (cents % 10 != 0) {
                sb.append((char) ('0' + cents % 10));
            }
        }
        return sb.toString();
    }

    private static void checkSize(int w, int h) {
        if (w <= 0 || h <= 0 || (long) w * h > 40_000_000L) {
            throw new IllegalArgumentException("chart size out of range: " + w + "x" + h);
        }
    }
}
