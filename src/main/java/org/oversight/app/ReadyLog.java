package org.oversight.app;

import org.slf4j.Logger;
import org.springframework.aot.AotDetector;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one line that says the application has started, written when it is ready to use: after the start-up tasks
 * (database migration, demo accounts and their sample data, clock backfill), which Spring runs after its own
 * "Started" line (switched off in application.yml).
 */
@Component
class ReadyLog {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyLog.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String where = event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? " at http://localhost:" + web.getWebServer().getPort() + "/" // i18n-ok: a log line
                : "";
        // whether the beans came from Spring's ahead-of-time code (a -Pfast-start jar, decision 0110)
        String how = AotDetector.useGeneratedArtifacts() ? ", from ahead-of-time code" : ""; // i18n-ok: a log line
        LOG.info("Oversight Tracker is ready{} ({} s after start{})", where,
                String.format("%.1f", event.getTimeTaken().toMillis() / 1000.0), how);
    }
}
