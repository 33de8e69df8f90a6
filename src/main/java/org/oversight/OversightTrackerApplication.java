package org.oversight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OversightTrackerApplication {

    public static void main(String[] args) {
        // A headless server draws charts with Java2D; without this the JDK probes for a screen reader on start.
        System.setProperty("javax.accessibility.assistive_technologies", " ");
        System.setProperty("java.awt.headless", "true");
        // jOOQ's logo and "tip of the day" in the log of every start
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(OversightTrackerApplication.class, args);
    }
}
