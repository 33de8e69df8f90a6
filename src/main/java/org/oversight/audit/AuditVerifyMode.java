package org.oversight.audit;

import org.springframework.core.env.Environment;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import java.util.Map;
import org.springframework.aot.AotDetector;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --oversight.audit.verify} on the command line the application starts without its web server, so the
 * check can run beside a running instance (same port) and nobody can sign in to a half-started copy.
 * Spring's ahead-of-time code of a {@code -Pfast-start} jar (decision 0110) describes the web application, so the
 * check starts without it. Registered in META-INF/spring.factories.
 */
public class AuditVerifyMode implements EnvironmentPostProcessor {

    static final String OPTION = "oversight.audit.verify";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (requested(environment)) {
            application.setWebApplicationType(WebApplicationType.NONE);
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
            // Vaadin's auto-configuration needs a web application context; the check needs none of it
            environment.getPropertySources().addFirst(new MapPropertySource("auditVerifyMode", Map.of(
                    "spring.autoconfigure.exclude", String.join(",", "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"),
                    "spring.main.banner-mode", "off")));
        }
    }

    /** The command-line option {@code --oversight.audit.verify} (with or without a value) is present. */
    static boolean requested(Environment environment) {
        return environment.containsProperty(OPTION) && !"false".equalsIgnoreCase(environment.getProperty(OPTION));
    }
}
