package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hatched bars in the SVG are filled with shared {@code <pattern>} definitions (decision 0107): each pattern is
 * defined once, every definition is used, no bar carries hatch lines or a placeholder colour of its own, and the
 * bars of one look are one path, so the optimisation cannot silently regress.
 */
class SvgSharesHatchPatternsTest {

    private static final Pattern REFERENCE = Pattern.compile("fill:url\\(#([^)]+)\\)");

    @ParameterizedTest
    @EnumSource(ChartStyle.Variant.class)
    void statusByForceDefinesEachHatchOnceAndFillsItsBarsWithIt(ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        ChartSpec spec = StatusByForceChart.build(ChartSamples.fortyFourForces(), style);
        String raw = ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight(), "t-");

        List<String> defined = patternIds(raw);
        // "In progress" is the open group drawn with a diagonal hatch
        assertThat(defined).as("one pattern per hatched look").isNotEmpty().doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("t-hatch-"));
        List<String> referenced = references(raw);
        // bars of one look are one path: each pattern is the fill of exactly one element
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(defined);
        assertThat(raw).as("no placeholder colour left").doesNotContain("rgb(1,2,");
        Element first = pattern(raw, defined.getFirst());
        assertThat(first.getAttribute("patternUnits")).isEqualTo("userSpaceOnUse");
        assertThat(first.getAttribute("width")).isEqualTo("6");
        assertThat(first.getAttribute("patternTransform")).isEqualTo("rotate(-45) translate(-3,-3)");
    }

    @ParameterizedTest
    @EnumSource(ChartStyle.Variant.class)
    void theGanttAndTheSmallBarChartsUseThePatternsToo(ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        for (ChartData data : List.of(ChartSamples.plan(), ChartSamples.overdue(), ChartSamples.slippage())) {
            ChartSpec spec = ChartKit.build(data, style);
            String raw = ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight(), "g-");

            List<String> defined = patternIds(raw);
            assertThat(defined).as(data.getClass().getSimpleName()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(references(raw)).as(data.getClass().getSimpleName()).containsAll(defined)
                    .allMatch(defined::contains);
            assertThat(raw).doesNotContain("rgb(1,2,");
        }
    }

    private static List<String> patternIds(String raw) {
        NodeList nodes = Svg.parse(raw).root().getElementsByTagName("pattern");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        return ids;
    }

    private static Element pattern(String raw, String id) {
        NodeList nodes = Svg.parse(raw).root().getElementsByTagName("pattern");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("id").equals(id)) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no pattern " + id);
    }

    private static List<String> references(String raw) {
        List<String> ids = new ArrayList<>();
        Matcher m = REFERENCE.matcher(raw);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
