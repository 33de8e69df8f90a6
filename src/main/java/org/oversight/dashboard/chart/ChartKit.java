package org.oversight.dashboard.chart;

/**
 * The one door for views: chart data in; SVG, alt text and table out, cached. Thread-safe; one instance per
 * application is meant (declare it as a bean), so that everyone shares the cache.
 *
 * <pre>{@code
 * RenderedChart chart = kit.svg(statusByForce, ChartStyle.Variant.LIGHT);
 * // chart.svg() for the image (give it width: 100%), chart.altText() for its alt, chart.table() for the toggle
 * }</pre>
 */
public final class ChartKit {

    private final ChartCache cache;

    public ChartKit() {
        this(new ChartCache());
    }

    public ChartKit(ChartCache cache) {
        this.cache = cache;
    }

    /** A freshly built chart with its words and figures; uncached. For a custom render or a test. */
    public static ChartSpec build(ChartData data, ChartStyle style) {
        return switch (data) {
            case StatusByForce d -> StatusByForceChart.build(d, style);
            case OpenVsClosedTrend d -> OpenVsClosedChart.build(d, style);
            case OverdueByWatchdog d -> OverdueByWatchdogChart.build(d, style);
            case DeadlineSlippage d -> DeadlineSlippageChart.build(d, style);
            case ThemesByForce d -> ThemesByForceChart.build(d, style);
            case ActionPlanTimeline d -> ActionPlanGanttChart.build(d, style);
        };
    }

    /** The height, at {@link ChartSpec#DEFAULT_WIDTH}, at which every row of this data stays readable. */
    public static int preferredHeight(ChartData data) {
        return switch (data) {
            case StatusByForce d -> StatusByForceChart.recommendedHeight(d.forces().size());
            case OpenVsClosedTrend d -> OpenVsClosedChart.HEIGHT;
            case OverdueByWatchdog d -> OverdueByWatchdogChart.HEIGHT;
            case DeadlineSlippage d -> DeadlineSlippageChart.HEIGHT;
            case ThemesByForce d -> ThemesByForceChart.recommendedHeight(d.forces().size(), d.themes().size());
            case ActionPlanTimeline d -> ActionPlanGanttChart.recommendedHeight(d.actions().size());
        };
    }

    /** The chart at the default width and its preferred height. */
    public RenderedChart svg(ChartData data, ChartStyle.Variant variant) {
        return svg(data, variant, ChartSpec.DEFAULT_WIDTH, preferredHeight(data));
    }

    /**
     * The chart as a responsive SVG (a viewBox of {@code width × height}, no fixed size) with its alt text and
     * table; identical data gives the identical instance from the cache.
     */
    public RenderedChart svg(ChartData data, ChartStyle.Variant variant, int width, int height) {
        String key = ChartCache.key("svg", data, variant, width, height);
        return cache.svg(key, () -> {
            ChartSpec spec = build(data, ChartStyle.of(variant));
            // ids derived from the key: the same data always gives the same text, different charts never clash
            String svg = ChartRenderer.toSvg(spec.chart(), width, height, "c" + key.substring(0, 10) + "-");
            return new RenderedChart(spec.title(), spec.altText(), spec.table(), spec.empty(), svg);
        });
    }

    /** The chart as a PNG of exactly {@code width × height} pixels, for downloads and e-mail. */
    public byte[] png(ChartData data, ChartStyle.Variant variant, int width, int height) {
        String key = ChartCache.key("png", data, variant, width, height);
        return cache.png(key, () -> ChartRenderer.toPng(build(data, ChartStyle.of(variant)).chart(), width, height));
    }

    public ChartCache cache() {
        return cache;
    }
}
