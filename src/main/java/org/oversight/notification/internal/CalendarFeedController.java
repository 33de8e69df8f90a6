package org.oversight.notification.internal;

import org.oversight.notification.CalendarFeedService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the secret calendar feeds; security/SecurityConfig lets /calendar/** through without a session. */
@RestController
class CalendarFeedController {

    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex").body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
