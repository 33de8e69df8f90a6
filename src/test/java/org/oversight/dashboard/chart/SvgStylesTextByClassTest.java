package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG's text is styled by class (decision 0118) and nothing else changed: for every chart, light and dark, the
 * finished SVG parses, holds every piece of text JFreeSVG wrote in the same order, each with exactly the style it was
 * written with (plus the text rendering once written on each), no text is left unstyled, and every other kind of
 * element is still there as often as before.
 */
class SvgStylesTextByClassTest {

    private static final List<ChartData> CHARTS = List.of(ChartSamples.nationalStatus(), ChartSamples.nationalTrend(),
            ChartSamples.overdue(), ChartSamples.slippage(), ChartSamples.nationalThemes(), ChartSamples.largePlan(),
            ChartSamples.highlighting(ChartSamples.threeForces(), "Kent Police"));

    @ParameterizedTest
    @EnumSource(ChartStyle.Variant.class)
    void everyTextKeepsItsWordsAndItsStyle(ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        for (ChartData data : CHARTS) {
            String what = data.getClass().getSimpleName() + " " + variant;
            ChartSpec spec = ChartKit.build(data, style);
            int h = spec.preferredHeight();
            Svg written = Svg.parse(asJFreeSvgWritesIt(ChartKit.build(data, style), h));
            Svg finished = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, h, "s-"));

            assertThat(finished.texts()).as(what).isNotEmpty().isEqualTo(written.texts());
            List<Element> before = written.textElements();
            List<Element> after = finished.textElements();
            for (int i = 0; i < after.size(); i++) {
                Element text = after.get(i);
                assertThat(text.getAttribute("style")).as(what + ": no style of its own").isEmpty();
                assertThat(text.getAttribute("class")).as(what + ": a class").startsWith("s-t");
                assertThat(finished.styleOf(text)).as(what + ": " + text.getTextContent())
                        .isEqualTo(before.get(i).getAttribute("style") + " " + SvgTextStyles.RENDERING);
                assertThat(text.getAttribute("clip-path")).isEqualTo(before.get(i).getAttribute("clip-path"));
                assertThat(text.getAttribute("x")).isEqualTo(before.get(i).getAttribute("x"));
                assertThat(text.getAttribute("y")).isEqualTo(before.get(i).getAttribute("y"));
            }
            Map<String, Integer> elementsBefore = elementCounts(written);
            Map<String, Integer> elementsAfter = elementCounts(finished);
            elementsBefore.remove("g");
            elementsAfter.remove("g");
            elementsBefore.merge("style", 1, Integer::sum);
            // hatch patterns (decision 0107) are each one pattern, one rect and one path more
            int patterns = elementsAfter.getOrDefault("pattern", 0);
            elementsBefore.merge("rect", patterns, Integer::sum);
            elementsBefore.merge("path", patterns, Integer::sum);
            if (patterns > 0) {
                elementsBefore.put("pattern", patterns);
            }
            assertThat(elementsAfter).as(what).isEqualTo(elementsBefore);
        }
    }

    @Test
    void aTextMovedIntoItsGroupKeepsTheGroupsTransform() {
        // upright theme names in the heat map are drawn turned: their group carries the turn and stays
        ChartSpec spec = ChartKit.build(ChartSamples.nationalThemes(), ChartStyle.of(ChartStyle.Variant.LIGHT));
        String svg = ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight(), "h-");
        assertThat(svg).contains("<g transform='matrix(").doesNotContain("<g><text").doesNotContain("text-rendering='");
        assertThat(svg.indexOf("<style>")).as("the rules come before anything is drawn")
                .isLessThan(svg.indexOf("<text "));
    }

    /** The SVG as JFreeSVG writes it, before any of our passes. */
    private static String asJFreeSvgWritesIt(ChartSpec spec, int h) {
        SVGGraphics2D g2 = ChartRenderer.svgGraphics(800, h, "s-");
        spec.chart().draw(g2, new Rectangle2D.Double(0, 0, 800, h));
        g2.dispose();
        return g2.getSVGElement(null, false, new ViewBox(0, 0, 800, h), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    }

    private static Map<String, Integer> elementCounts(Svg svg) {
        Map<String, Integer> counts = new HashMap<>();
        NodeList all = svg.root().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            counts.merge(((Element) all.item(i)).getLocalName(), 1, Integer::sum);
        }
        return counts;
    }
}
