package org.oversight.dashboard.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every sample chart as SVG and PNG, light and dark, into a folder for a person to look at:
 * {@code java -cp ... org.oversight.dashboard.chart.ChartGallery target/chart-gallery}. Not a test.
 */
public final class ChartGallery {

    private ChartGallery() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/chart-gallery");
        Files.createDirectories(dir);
        for (ChartStyle.Variant variant : ChartStyle.Variant.values()) {
            ChartStyle style = ChartStyle.of(variant);
            write(dir, "status-" + variant, StatusByForceChart.build(ChartSamples.fortyFourForces(), style));
            write(dir, "trend-" + variant, OpenVsClosedChart.build(ChartSamples.trend(), style));
            write(dir, "overdue-" + variant, OverdueByWatchdogChart.build(ChartSamples.overdue(), style));
            write(dir, "slippage-" + variant, DeadlineSlippageChart.build(ChartSamples.slippage(), style));
            write(dir, "themes-" + variant, ThemesByForceChart.build(ChartSamples.themes(), style));
            write(dir, "gantt-" + variant, ActionPlanGanttChart.build(ChartSamples.plan(), style));
        }
    }

    private static void write(Path dir, String name, ChartSpec spec) throws IOException {
        int w = ChartSpec.DEFAULT_WIDTH;
        int h = spec.preferredHeight();
        Files.writeString(dir.resolve(name + ".svg"), ChartRenderer.toSvg(spec.chart(), w, h));
        Files.write(dir.resolve(name + ".png"), ChartRenderer.toPng(spec.chart(), w, h));
        System.out.println(name + ": " + spec.altText());
    }
}
