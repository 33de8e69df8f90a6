package org.oversight.notification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links for e-mails and calendar feeds: on {@code oversight.base-url} (OVERSIGHT_BASE_URL) when it is set,
 * otherwise on the port the app actually listens on ({@code local.server.port}, which the web server publishes once
 * it is up), so that a PORT other than 8080 gives working links.
 */
@Component
public class Links {

    private final String configured;
    private final Environment environment;

    @Autowired
    public Links(@Value("${oversight.base-url:}") String baseUrl, Environment environment) {
        this.configured = baseUrl == null || baseUrl.isBlank() ? null
                : baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.environment = environment;
    }

    /** A fixed base address (tests, tools). */
    public Links(String baseUrl) {
        this(baseUrl, null);
    }

    public String base() {
        if (configured != null) {
            return configured;
        }
        String port = environment == null ? null
                : environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + (port == null ? "8080" : port);
    }

    /** An address inside the app, e.g. "/plans/12". */
    public String to(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    public String item(long trackedId) {
        return base() + "/recommendations/" + trackedId;
    }

    /** The clock page of an item (/deadlines/{id}). */
    public String clocks(long trackedId) {
        return base() + "/deadlines/" + trackedId;
    }

    public String notifications() {
        return base() + "/notifications";
    }

    public String inbox() {
        return base() + "/inbox";
    }

    public String calendar(String token) {
        return base() + "/calendar/" + token + ".ics";
    }

    /** The host name, for iCalendar UIDs that stay the same wherever the feed is read. */
    public String host() {
        return java.net.URI.create(base()).getHost();
    }
}
