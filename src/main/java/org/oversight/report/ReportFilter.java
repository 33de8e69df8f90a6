package org.oversight.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the reports list is filtered by; as URL parameters {@code watchdog} (a code) and {@code q} (free text). */
public record ReportFilter(String watchdog, String q) {

    public static final String WATCHDOG = "watchdog";
    public static final String Q = "q";
    public static final ReportFilter NONE = new ReportFilter(null, null);

    public ReportFilter {
        watchdog = watchdog == null || watchdog.isBlank() ? null : watchdog.strip().toUpperCase(Locale.ROOT);
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public static ReportFilter parse(Map<String, List<String>> params) {
        return new ReportFilter(first(params, WATCHDOG), first(params, Q));
    }

    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (watchdog != null) {
            p.put(WATCHDOG, List.of(watchdog));
        }
        if (q != null) {
            p.put(Q, List.of(q));
        }
        return p;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
