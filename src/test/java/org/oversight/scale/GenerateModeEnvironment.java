package org.oversight.scale;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started to generate a data set ({@code oversight.generate.scale} given), its web
 * server listens on a free loopback port only (it cannot be switched off: the security configuration needs a web
 * context), so it never clashes with a running instance, and demo mode is off (no demo data or demo accounts
 * mixed into the generated set). Registered in src/test/resources/META-INF/spring.factories: the generator is a
 * test-side tool, never in the production jar.
 */
public class GenerateModeEnvironment implements EnvironmentPostProcessor {

    static final String SCALE = "oversight.generate.scale";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(SCALE)) {
            environment.getPropertySources().addFirst(new MapPropertySource("oversight-generate-mode", Map.of(
                    "server.port", "0",
                    "server.address", "127.0.0.1",
                    "oversight.demo.enabled", "false")));
        }
    }
}
