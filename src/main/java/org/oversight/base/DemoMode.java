package org.oversight.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode fills an empty database with the demo cases and accounts (password "demo") and shows a "Demo" marker.
 * It is on by default on the embedded H2 database and off otherwise; {@code oversight.demo.enabled} overrides both.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(Environment env) {
        String url = env.getProperty("spring.datasource.url", "");
        Boolean explicit = env.getProperty("oversight.demo.enabled", Boolean.class);
        this.enabled = explicit != null ? explicit : url.startsWith("jdbc:h2:");
    }

    public boolean enabled() {
        return enabled;
    }
}
