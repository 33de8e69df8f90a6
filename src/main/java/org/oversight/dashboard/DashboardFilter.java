package org.oversight.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the dashboard is narrowed to: one watchdog (organisation code), a publication period and one theme (theme
 * code). Kept in the URL as {@code watchdog}, {@code period} and {@code theme}, the first and last with the same
 * names and values as the register's parameters, so that links from the dashboard carry them over unchanged.
 */
public record DashboardFilter(String watchdog, DashboardPeriod period, String theme) {

    public static final String WATCHDOG = "watchdog";
    public static final String PERIOD = "period";
    public static final String THEME = "theme";

    public static final DashboardFilter NONE = new DashboardFilter(null, DashboardPeriod.ALL, null);

    public DashboardFilter {
        watchdog = code(watchdog);
        theme = code(theme);
        period = period == null ? DashboardPeriod.ALL : period;
    }

    public DashboardFilter withWatchdog(String code) {
        return new DashboardFilter(code, period, theme);
    }

    public DashboardFilter withPeriod(DashboardPeriod p) {
        return new DashboardFilter(watchdog, p, theme);
    }

    public DashboardFilter withTheme(String code) {
        return new DashboardFilter(watchdog, period, code);
    }

    /** Reads the filter from query parameters; values it does not understand are ignored. */
    public static DashboardFilter parse(Map<String, List<String>> params) {
        return new DashboardFilter(first(params, WATCHDOG),
                DashboardPeriod.fromParameter(first(params, PERIOD)).orElse(DashboardPeriod.ALL), first(params, THEME));
    }

    /** The filter as query parameters, in a stable order; an empty filter writes nothing. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (watchdog != null) {
            p.put(WATCHDOG, List.of(watchdog));
        }
        if (period != DashboardPeriod.ALL) {
            p.put(PERIOD, List.of(period.parameter()));
        }
        if (theme != null) {
            p.put(THEME, List.of(theme));
        }
        return p;
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
