package org.oversight.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The trend's markers, a filled shape and its outline at every month of every line, are drawn as one filled path
 * and one outline per series (decision 0118): every marker is still there, in the series' colour, but not as two
 * elements each.
 */
class TrendMarkersAreOnePathPerSeriesTest {

    @ParameterizedTest
    @EnumSource(ChartStyle.Variant.class)
    void eachSeriesMarkersAreOneFillAndOneOutline(ChartStyle.Variant variant) {
        ChartStyle style = ChartStyle.of(variant);
        OpenVsClosedTrend data = ChartSamples.nationalTrend();
        ChartSpec spec = ChartKit.build(data, style);
        Svg svg = Svg.parse(ChartRenderer.toSvg(spec.chart(), 800, spec.preferredHeight(), "m-"));
        int months = data.window().size();

        for (int s = 0; s < data.series().size(); s++) {
            String colour = rgb(style.line(s).colour());
            // the legend draws one marker of the series as well: one element of its own
            List<Element> fills = groups(svg, "fill:" + colour + ";");
            List<Element> outlines = groups(svg, "stroke-width:1.0;stroke:" + colour + ";");
            assertThat(fills).as("series %d: the plot's markers and the legend's", s).hasSize(2);
            assertThat(fills.stream().mapToInt(TrendMarkersAreOnePathPerSeriesTest::moves).sum())
                    .as("series %d: a marker filled at every month", s).isEqualTo(months + 1);
            // the legend's marker has no outline
            assertThat(outlines).as("series %d: outlines", s).hasSize(1);
            assertThat(moves(outlines.getFirst())).as("series %d: a marker outlined at every month", s)
                    .isEqualTo(months);
        }
    }

    private static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    /** The groups (JFreeSVG writes a path inside a styled group) whose style starts with {@code prefix}. */
    private static List<Element> groups(Svg svg, String prefix) {
        NodeList nodes = svg.root().getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element g = (Element) nodes.item(i);
            if (g.getAttribute("style").startsWith(prefix)) {
                found.add(g);
            }
        }
        return found;
    }

    /** How many shapes a group's path holds: one move to per marker. */
    private static int moves(Element group) {
        String d = ((Element) group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0)).getAttribute("d");
        return (int) d.chars().filter(c -> c == 'M').count();
    }
}
