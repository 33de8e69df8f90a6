package org.oversight.base;

import java.text.BreakIterator;
import org.oversight.base.i18n.Messages;

/**
 * The one definition of blank text, and the cleaning every service applies to what a person types before it is
 * checked or stored.
 * <p>
 * A character is <em>invisible</em> when it is Unicode white space of any kind (including the no-break spaces
 * U+00A0, U+2007 and U+202F, which {@link String#strip()} keeps) or an invisible format character (Unicode category
 * Cf: zero-width space U+200B, zero-width joiner and non-joiner, word joiner U+2060, byte-order mark U+FEFF, the
 * bidirectional marks, embeddings, overrides and isolates). Text made only of such characters is blank: a required
 * field filled with them is as empty as one left empty.
 */
public final class Text {

    private Text() {
    }

    /** Unicode white space, a space separator (U+00A0, U+2007, U+202F...) or an invisible format character (Cf). */
    public static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x3164 || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0xFFA0; // Hangul fillers
    }

    /** @return true when the text is null or has nothing but invisible characters */
    public static boolean isBlank(String s) {
        return s == null || s.codePoints().allMatch(Text::invisible);
    }

    /** @return the text without invisible characters at either end; "" for null or blank text */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && invisible(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && invisible(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** @return {@link #clean(String)}, or null when the text is blank (for optional fields) */
    public static String cleanOrNull(String s) {
        String clean = clean(s);
        return clean.isEmpty() ? null : clean;
    }

    /**
     * For names (people's, organisations', files'): a name is shown on one line next to other names, so it keeps no
     * control characters (C0, C1), no bidirectional controls and no other invisible format characters except the
     * zero-width joiner and non-joiner that some scripts and emoji need; any run of white space becomes one space.
     * "Alex \u202EnimdA" becomes "Alex nimdA" and can no longer pass for "Alex Admin".
     *
     * @return the cleaned name; "" for null or blank
     */
    public static String cleanName(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean joiner = cp == 0x200C || cp == 0x200D;
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            } else if (type == Character.CONTROL || (type == Character.FORMAT && !joiner) || invisible(cp) && !joiner) {
                // dropped: it would change how the name shows without showing itself
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            }
        }
        String name = out.toString();
        return isBlank(name) ? "" : clean(name);
    }

    /**
     * Shortens text to at most max UTF-16 units (so that it fits a column of that many characters) without
     * splitting a character: never a surrogate pair, and never a grapheme such as an emoji with its modifiers.
     */
    public static String truncate(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(s);
        int end = graphemes.preceding(max + 1);
        if (end == BreakIterator.DONE || end <= 0) {
            end = Character.isLowSurrogate(s.charAt(max)) && Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        }
        return s.substring(0, end);
    }

    /** The message for text over a column's limit: names the limit and how long the text is. */
    public static String tooLong(String what, int max, String value) {
        return Messages.t("base.text.too-long", what, String.valueOf(max), String.valueOf(value.length()));
    }

    /**
     * An English possessive of a name: "Surrey Police's", but "Fire & Rescue Services'" for a name that ends in s
     * (issue 20). Welsh says possession by word order, so Welsh messages take the name itself.
     */
    public static String possessive(String name) {
        return name.endsWith("s") || name.endsWith("S") ? name + "'" : name + "'s";
    }
}
