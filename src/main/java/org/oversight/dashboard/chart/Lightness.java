package org.oversight.dashboard.chart;

import java.awt.Color;

/**
 * Colours picked by CIE lightness (L*, 0 black … 100 white) rather than by hue, so that the palette can promise
 * "each series is a clear step lighter or darker than the next", which is what survives greyscale printing and
 * colour-vision deficiencies. Plain CIELAB/LCh with a D65 white; good enough for choosing chart fills.
 */
final class Lightness {

    private Lightness() {
    }

    /** The sRGB colour of lightness {@code l}, chroma {@code c}, hue {@code hueDegrees}; less chroma if out of gamut. */
    static Color lch(double l, double c, double hueDegrees) {
        double h = Math.toRadians(hueDegrees);
        for (double chroma = c; chroma >= 0; chroma -= 1) {
            double[] rgb = labToLinearRgb(l, chroma * Math.cos(h), chroma * Math.sin(h));
            if (inGamut(rgb)) {
                return new Color(encode(rgb[0]), encode(rgb[1]), encode(rgb[2]));
            }
        }
        double[] grey = labToLinearRgb(l, 0, 0);
        return new Color(encode(grey[0]), encode(grey[1]), encode(grey[2]));
    }

    /** CIE L* of an sRGB colour. */
    static double of(Color colour) {
        double y = luminance(colour);
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389.0 / 27;
    }

    /**
     * Half-transparent hatch lines that stand out from {@code fill}, on the other side of it from the count label
     * written over it ({@link #textOn}): dark lines under white digits, light lines under dark digits, so that
     * the digits never merge with the pattern.
     */
    static Color inkOn(Color fill) {
        return textOn(fill).equals(Color.WHITE) ? new Color(0x10, 0x1c, 0x2a, 140) : new Color(255, 255, 255, 150);
    }

    private static final Color INK_DARK = new Color(0x10, 0x17, 0x1f);

    /** Near-black or white text, whichever has the higher WCAG contrast on {@code background}. */
    static Color textOn(Color background) {
        double l = luminance(background);
        double againstDark = (l + 0.05) / (luminance(INK_DARK) + 0.05);
        double againstWhite = 1.05 / (l + 0.05);
        return againstDark >= againstWhite ? INK_DARK : Color.WHITE;
    }

    /** WCAG relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double[] labToLinearRgb(double l, double a, double b) {
        double fy = (l + 16) / 116;
        double x = 0.95047 * inverseF(fy + a / 500);
        double y = inverseF(fy);
        double z = 1.08883 * inverseF(fy - b / 200);
        return new double[] {
                3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
                -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
                0.0556434 * x - 0.2040259 * y + 1.0572252 * z};
    }

    private static double inverseF(double t) {
        double delta = 6.0 / 29;
        return t > delta ? t * t * t : 3 * delta * delta * (t - 4.0 / 29);
    }

    private static boolean inGamut(double[] rgb) {
        for (double v : rgb) {
            if (v < -0.0005 || v > 1.0005) {
                return false;
            }
        }
        return true;
    }

    private static int encode(double linear) {
        double v = Math.max(0, Math.min(1, linear));
        double srgb = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return (int) Math.round(srgb * 255);
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
