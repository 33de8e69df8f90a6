package org.oversight;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.SpringProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.ClassUtils;

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
        useAheadOfTimeCodeIfBuiltIn();
        SpringApplication.run(OversightTrackerApplication.class, args);
    }

    /**
     * A jar built with {@code -Pfast-start} carries Spring's ahead-of-time code (decision 0110): the bean definitions
     * worked out at build time, which start faster than scanning and reflection. It is used unless
     * {@code -Dspring.aot.enabled=false} says otherwise; a build without the profile (and {@code spring-boot:run},
     * tests) has none and starts as before. Not while the build itself makes that code.
     */
    static void useAheadOfTimeCodeIfBuiltIn() {
        boolean built = ClassUtils.isPresent(OversightTrackerApplication.class.getName() + "__ApplicationContextInitializer",
                OversightTrackerApplication.class.getClassLoader());
        if (aheadOfTimeCodeWanted(Boolean.getBoolean("spring.aot.processing"),
                SpringProperties.getProperty(AotDetector.AOT_ENABLED), built)) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    /**
     * @param generating the build is making the ahead-of-time code now ({@code spring.aot.processing})
     * @param setting    {@code spring.aot.enabled} as given, or null
     * @param built      the code is on the class path
     */
    static boolean aheadOfTimeCodeWanted(boolean generating, String setting, boolean built) {
        return built && !generating && setting == null;
    }
}
