package org.oversight.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The one look shared by every dashboard chart: fonts, the Lumo-like colours of the page behind it, and a series
 * palette that stays readable in greyscale. Series differ first by lightness (steps of 14–18 L* in the light variant,
 * 10–16 in the dark one), then by hatching or line dashes and marker shapes; hue only comes third.
 * See docs/decisions/0003-charts.md.
 */
public final class ChartStyle {

    /** Which page the chart sits on: Lumo's light theme or its dark theme. */
    public enum Variant { LIGHT, DARK }

    /** How one series of bars or cells is filled. */
    public record SeriesLook(Color fill, Hatch hatch, Color ink, Color label) {
    }

    /** How one series of a line chart is drawn. */
    public record LineLook(Color colour, Stroke stroke, Shape marker) {
    }

    private static final double[] HUES = {250, 75, 255, 150, 25, 310, 200, 285};
    private static final double[] CHROMAS = {22, 60, 55, 40, 45, 35, 30, 35};
    private static final Hatch[] HATCHES = {Hatch.NONE, Hatch.DIAGONAL, Hatch.NONE, Hatch.CROSS, Hatch.NONE,
            Hatch.HORIZONTAL, Hatch.BACK_DIAGONAL, Hatch.VERTICAL};
    // No fill between L* 48 and 54: neither near-black nor white count labels reach WCAG 4.5:1 on those
    private static final double[] LIGHT_STEPS = {92, 76, 62, 44, 28, 84, 68, 36};
    private static final double[] DARK_STEPS = {94, 82, 70, 56, 40, 88, 76, 34};

    private static final String FONT_FAMILY = pickFontFamily();
    private static final ChartStyle LIGHT = new ChartStyle(Variant.LIGHT);
    private static final ChartStyle DARK = new ChartStyle(Variant.DARK);

    private final Variant variant;
    private final Color background;
    private final Color text;
    private final Color secondaryText;
    private final Color grid;
    private final Color highlight;
    private final List<SeriesLook> series;
    private final List<LineLook> lines;

    private ChartStyle(Variant variant) {
        this.variant = variant;
        boolean dark = variant == Variant.DARK;
        // Lumo: base colour, body text, secondary text, 10 % contrast line, primary colour
        background = dark ? new Color(0x23, 0x33, 0x48) : Color.WHITE;
        text = dark ? new Color(0xee, 0xf4, 0xfd) : new Color(0x1f, 0x2c, 0x3b);
        secondaryText = dark ? new Color(0xb3, 0xbe, 0xcc) : new Color(0x5e, 0x6a, 0x78);
        grid = dark ? new Color(0x3d, 0x4c, 0x60) : new Color(0xe3, 0xe7, 0xec);
        highlight = dark ? new Color(0x7f, 0xb0, 0xff, 60) : new Color(0x00, 0x6a, 0xf5, 30);
        double[] steps = dark ? DARK_STEPS : LIGHT_STEPS;
        series = IntStream.range(0, steps.length).mapToObj(i -> {
            Color fill = Lightness.lch(steps[i], CHROMAS[i], HUES[i]);
            return new SeriesLook(fill, HATCHES[i], Lightness.inkOn(fill), Lightness.textOn(fill));
        }).toList();
        double[] lineSteps = dark ? new double[] {92, 74, 60} : new double[] {34, 54, 68};
        double[] lineHues = {255, 150, 25};
        float[][] dashes = {null, {8f, 4f}, {2f, 3f}};
        Shape[] markers = {new Ellipse2D.Double(-3.5, -3.5, 7, 7), new Rectangle2D.Double(-3, -3, 6, 6), triangle()};
        lines = IntStream.range(0, 3).mapToObj(i -> new LineLook(Lightness.lch(lineSteps[i], 50, lineHues[i]),
                new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes[i], 0f),
                markers[i])).toList();
    }

    public static ChartStyle of(Variant variant) {
        return variant == Variant.DARK ? DARK : LIGHT;
    }

    public Variant variant() {
        return variant;
    }

    /** The font family used on this machine: Liberation Sans (Arial's metrics) where present, else a fallback. */
    public static String fontFamily() {
        return FONT_FAMILY;
    }

    /**
     * The CSS font-family written into SVG text. Text is laid out with the server's font metrics, so we name
     * metric-compatible faces first (Arial, Helvetica for Liberation Sans; Verdana for DejaVu Sans): labels
     * then fit in the browser as they did on the server.
     */
    static String cssFontFamily(String javaFamily) {
        return switch (javaFamily) {
            case "Liberation Sans", "Arimo", "Arial", "Helvetica" -> // i18n-ok: font names
                    "\"Liberation Sans\", Arimo, Arial, Helvetica, sans-serif";
            case "DejaVu Sans" -> "\"DejaVu Sans\", \"Bitstream Vera Sans\", Verdana, sans-serif"; // i18n-ok: font names
            case Font.SANS_SERIF, Font.DIALOG -> "sans-serif";
            case Font.MONOSPACED, Font.DIALOG_INPUT -> "monospace";
            case Font.SERIF -> "serif";
            default -> "\"" + javaFamily + "\", sans-serif";
        };
    }

    public Font font(int style, float size) {
        return new Font(FONT_FAMILY, style, Math.round(size));
    }

    public Font titleFont() {
        return font(Font.BOLD, 16);
    }

    public Font labelFont() {
        return font(Font.PLAIN, 12);
    }

    public Font tickFont() {
        return font(Font.PLAIN, 11);
    }

    public Font itemLabelFont() {
        return font(Font.PLAIN, 10);
    }

    public Color background() {
        return background;
    }

    public Color text() {
        return text;
    }

    public Color secondaryText() {
        return secondaryText;
    }

    public Color grid() {
        return grid;
    }

    /** Translucent primary colour laid behind the highlighted force's row. */
    public Color highlight() {
        return highlight;
    }

    /** The look of series {@code index}; the palette repeats after eight series. */
    public SeriesLook series(int index) {
        return series.get(Math.floorMod(index, series.size()));
    }

    public int seriesCount() {
        return series.size();
    }

    /** The darkest (light variant) or faintest (dark variant) solid red: for overdue items. */
    public SeriesLook overdue() {
        return series.get(4);
    }

    /** Cross-hatched green: for items verified closed or done. */
    public SeriesLook closed() {
        return series.get(3);
    }

    /** The {@code index}-th look that is neither {@link #overdue()} nor {@link #closed()}. */
    public SeriesLook neutral(int index) {
        int[] neutral = {0, 1, 2, 5, 6, 7};
        return series.get(neutral[Math.floorMod(index, neutral.length)]);
    }

    public LineLook line(int index) {
        return lines.get(Math.floorMod(index, lines.size()));
    }

    /**
     * A colour on a one-hue ramp from "almost the background" ({@code t = 0}) to "strongest contrast with the
     * background" ({@code t = 1}); used where more means more (heat map cells, slippage buckets).
     */
    public Color sequential(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        double l = variant == Variant.DARK ? 30 + 62 * clamped : 96 - 66 * clamped;
        return Lightness.lch(l, 8 + 42 * clamped, 255);
    }

    /** The mark put before the highlighted force's name; a triangle the chosen font can actually draw. */
    public String highlightMarker() {
        Font f = font(Font.BOLD, 11);
        return f.canDisplay('\u25B6') ? "\u25B6" : f.canDisplay('\u25BA') ? "\u25BA" : ">";
    }

    private static String pickFontFamily() {
        // a list, not Set.of: the JDK may report a family twice, which Set.of rejects
        List<String> available = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT));
        for (String family : List.of("Liberation Sans", "Arimo", "Arial", "Helvetica", "DejaVu Sans")) { // i18n-ok: fonts
            if (available.contains(family)) {
                return family;
            }
        }
        return Font.SANS_SERIF;
    }

    private static Shape triangle() {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -4.5);
        p.lineTo(4.5, 3.5);
        p.lineTo(-4.5, 3.5);
        p.closePath();
        return p;
    }
}
