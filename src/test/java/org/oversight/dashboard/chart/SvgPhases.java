package org.oversight.dashboard.chart;

import java.awt.geom.Rectangle2D;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;

/**
 * Where an SVG chart's time goes, by CPU time of the drawing thread (which a garbage collection on its own threads
 * or another process on the machine does not add to, unlike the clock): building the chart from its data, JFreeChart
 * drawing it onto JFreeSVG's graphics, and writing the finished text. Also the bytes allocated per render, which
 * decide how often the collector runs. For {@code ChartRenderBenchmark} and, as a program, for a profiler:
 * {@code java -cp … org.oversight.dashboard.chart.SvgPhases [seconds [chart]]} draws national-size samples (or only
 * the one named) for that long after printing their phases (run it under {@code -XX:StartFlightRecording}). Not a
 * test.
 */
public final class SvgPhases {

    /** Percentiles of one chart's phases in milliseconds of CPU time, its allocation and its size. */
    public record Result(double buildP50, double drawP50, double textP50, double totalP50, double totalP95,
                         long allocatedKb, int svgKb, int rounds) {

        public String figures() {
            return String.format(Locale.ROOT, "p50_ms=%.2f p95_ms=%.2f build_p50_ms=%.2f draw_p50_ms=%.2f text_p50_ms=%.2f"
                    + " alloc_kb=%d svg_kb=%d rounds=%d", totalP50, totalP95, buildP50, drawP50, textP50, allocatedKb,
                    svgKb, rounds);
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SvgPhases() {
    }

    /** Draws the chart {@code warmUp + rounds} times and times the last {@code rounds}. */
    public static Result measure(ChartData data, ChartStyle style, int w, int h, int warmUp, int rounds) {
        double[] build = new double[rounds];
        double[] draw = new double[rounds];
        double[] text = new double[rounds];
        double[] total = new double[rounds];
        long[] allocated = new long[rounds];
        int size = 0;
        for (int i = -warmUp; i < rounds; i++) {
            long a0 = THREADS.getCurrentThreadAllocatedBytes();
            long t0 = THREADS.getCurrentThreadCpuTime();
            ChartSpec spec = ChartKit.build(data, style);
            long t1 = THREADS.getCurrentThreadCpuTime();
            SVGGraphics2D g2 = ChartRenderer.svgGraphics(w, h, "p-");
            spec.chart().draw(g2, new Rectangle2D.Double(0, 0, w, h));
            g2.dispose();
            long t2 = THREADS.getCurrentThreadCpuTime();
            String svg = ChartRenderer.svgText(g2, w, h);
            long t3 = THREADS.getCurrentThreadCpuTime();
            long a1 = THREADS.getCurrentThreadAllocatedBytes();
            size = svg.length();
            if (i >= 0) {
                build[i] = (t1 - t0) / 1e6;
                draw[i] = (t2 - t1) / 1e6;
                text[i] = (t3 - t2) / 1e6;
                total[i] = (t3 - t0) / 1e6;
                allocated[i] = a1 - a0;
            }
        }
        Arrays.sort(build);
        Arrays.sort(draw);
        Arrays.sort(text);
        Arrays.sort(total);
        Arrays.sort(allocated);
        return new Result(percentile(build, 0.5), percentile(draw, 0.5), percentile(text, 0.5), percentile(total, 0.5),
                percentile(total, 0.95), allocated[rounds / 2] / 1024, size / 1024, rounds);
    }

    /** Nearest-rank percentile of sorted values, as the benchmarks compute it. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 0;
        Map<String, ChartData> charts = new LinkedHashMap<>();
        charts.put("status-by-force", ChartSamples.nationalStatus());
        charts.put("open-vs-closed", ChartSamples.nationalTrend());
        charts.put("overdue-by-watchdog", ChartSamples.overdue());
        charts.put("slippage", ChartSamples.slippage());
        charts.put("themes-by-force", ChartSamples.nationalThemes());
        charts.put("plan-gantt", ChartSamples.largePlan());
        ChartStyle style = ChartStyle.of(ChartStyle.Variant.LIGHT);
        charts.forEach((name, data) -> System.out.println("PHASES chart." + name + ".svg "
                + measure(data, style, ChartSpec.DEFAULT_WIDTH, ChartKit.preferredHeight(data), 300, 300).figures()));
        if (args.length > 1) {
            charts.keySet().retainAll(java.util.Set.of(args[1]));
        }
        long until = System.nanoTime() + (long) (seconds * 1e9);
        int sink = 0;
        while (System.nanoTime() < until) {
            for (ChartData data : charts.values()) {
                sink += ChartRenderer.toSvg(ChartKit.build(data, style).chart(), ChartSpec.DEFAULT_WIDTH,
                        ChartKit.preferredHeight(data), "p-").length();
            }
        }
        System.out.println("done " + sink);
    }
}
