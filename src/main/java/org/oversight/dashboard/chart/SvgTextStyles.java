package org.oversight.dashboard.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text in the SVG styled by class (decision 0118). JFreeSVG writes every piece of text as
 * {@code <g><text x y style='fill: …; fill-opacity: …; font-family: …; font-size: …;' clip-path=…>…</text></g>}, the
 * whole style on each of the 200-odd labels of a national chart. This pass moves each distinct style into one
 * class rule of a {@code <style>} element at the top of the SVG, gives each text its class instead, adds
 * {@code text-rendering: optimizeLegibility} to every rule (rather than JFreeSVG writing it on each text) and drops
 * the group around a text when it has no attributes of its own. The same declarations reach the same elements, so
 * the picture is the same; classes carry the chart's id prefix, so two charts in one page never share one. Characters
 * beyond Latin-1 in the text become character references, so the result is a compact one-byte string.
 *
 * <p>One pass over the text, exact matches only: JFreeSVG escapes text content, so {@code <text } is never content.
 */
final class SvgTextStyles {

    private static final String OPEN = "<text ";
    private static final String STYLE = " style='";
    private static final String CLOSE = "</text>";
    private static final String BARE_GROUP = "<g>";
    private static final String GROUP_END = "</g>";
    static final String RENDERING = "text-rendering: optimizeLegibility;";

    private SvgTextStyles() {
    }

    /** The SVG with each text's style attribute replaced by its class, and the classes defined once each. */
    static String apply(String svg, String idPrefix) {
        Map<String, String> classes = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder(svg.length());
        int from = 0;
        for (int at = svg.indexOf(OPEN); at >= 0; at = svg.indexOf(OPEN, from)) {
            int tagEnd = svg.indexOf('>', at);
            int styleAt = svg.indexOf(STYLE, at);
            if (styleAt < 0 || styleAt > tagEnd) {
                body.append(svg, from, tagEnd + 1);
                from = tagEnd + 1;
                continue;
            }
            boolean bare = at - BARE_GROUP.length() >= from && svg.startsWith(BARE_GROUP, at - BARE_GROUP.length());
            int styleEnd = svg.indexOf('\'', styleAt + STYLE.length());
            String style = svg.substring(styleAt + STYLE.length(), styleEnd);
            String name = classes.computeIfAbsent(style, s -> idPrefix + "t" + classes.size());
            body.append(svg, from, bare ? at - BARE_GROUP.length() : at).append(svg, at, styleAt)
                    .append(" class='").append(name).append('\'').append(svg, styleEnd + 1, tagEnd + 1);
            int closeAt = svg.indexOf(CLOSE, tagEnd);
            appendLatin1(body, svg, tagEnd + 1, closeAt);
            body.append(CLOSE);
            from = closeAt + CLOSE.length();
            if (bare && svg.startsWith(GROUP_END, from)) {
                from += GROUP_END.length();
            }
        }
        if (classes.isEmpty()) {
            return svg;
        }
        body.append(svg, from, svg.length());
        StringBuilder rules = new StringBuilder(64 + 160 * classes.size()).append("<style>");
        classes.forEach((style, name) -> rules.append('.').append(name).append('{').append(style).append(' ')
                .append(RENDERING).append('}'));
        rules.append("</style>");
        int rootEnd = body.indexOf(">", body.indexOf("<svg")) + 1;
        return body.insert(rootEnd, rules).toString();
    }

    /**
     * Text content with every character beyond Latin-1 (the highlighted force's ► mark, an en dash) written as a
     * character reference: the same text to a reader, and the finished SVG stays a one-byte-per-character string,
     * half the memory in the chart cache and no wide copy in the passes after this one.
     */
    private static void appendLatin1(StringBuilder out, String svg, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = svg.charAt(i);
            if (c <= 0xFF) {
                out.append(c);
            } else {
                int codePoint = svg.codePointAt(i);
                out.append("&#").append(codePoint).append(';');
                i += Character.charCount(codePoint) - 1;
            }
        }
    }
}
