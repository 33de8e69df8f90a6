package org.oversight.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for e-mails and calendar feeds, on {@code oversight.base-url}. */
@Component
public class Links {

    private final String baseUrl;

    public Links(@Value("${oversight.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String item(long trackedId) {
        return baseUrl + "/recommendations/" + trackedId;
    }

    /** The clock page of an item (/deadlines/{id}). */
    public String clocks(long trackedId) {
        return baseUrl + "/deadlines/" + trackedId;
    }

    public String notifications() {
        return baseUrl + "/notifications";
    }

    public String calendar(String token) {
        return baseUrl + "/calendar/" + token + ".ics";
    }

    /** The host name, for iCalendar UIDs that stay the same wherever the feed is read. */
    public String host() {
        return java.net.URI.create(baseUrl).getHost();
    }
}
