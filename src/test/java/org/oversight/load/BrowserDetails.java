package org.oversight.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What Flow's client tells the server about the browser it runs in: here, always the same desktop browser. */
final class BrowserDetails {

    /** A desktop browser in London, as Flow's client describes its browser (name, value, name, value, …). */
    private static final String[] BROWSER = {"v-sh", "900", "v-sw", "1440", "v-wh", "800", "v-ww", "1440", "v-bh", "800",
        "v-bw", "1440", "v-tzo", "0", "v-dstd", "60", "v-rtzo", "0", "v-dston", "false", "v-tzid", "Europe/London",
        "v-td", "false", "v-pr", "1", "v-tn", "lumo"};

    private BrowserDetails() {
    }

    /** As the browser-details callback answers it: each name and value, and the time now. */
    static Map<String, Object> map() {
        Map<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i < BROWSER.length; i += 2) {
            d.put(BROWSER[i], BROWSER[i + 1]);
        }
        d.put("v-curdate", Long.toString(System.currentTimeMillis()));
        return d;
    }

    /** The same as the query of Flow's first request ({@code ?v-r=init}): "&name=value" for each. */
    static String query() {
        StringBuilder s = new StringBuilder();
        map().forEach((k, v) -> s.append('&').append(k).append('=')
                .append(URLEncoder.encode(v.toString(), StandardCharsets.UTF_8)));
        return s.toString();
    }
}
