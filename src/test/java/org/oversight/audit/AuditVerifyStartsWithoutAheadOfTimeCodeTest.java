package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The ahead-of-time code of a -Pfast-start jar describes the web application; {@code --oversight.audit.verify} starts
 * without a web server, so it starts without that code, even from the jar that would use it (decision 0110).
 */
class AuditVerifyStartsWithoutAheadOfTimeCodeTest {

    @AfterEach
    void forget() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
        System.clearProperty(AotDetector.AOT_ENABLED);
    }

    @Test
    void theCheckTurnsTheCodeOff() {
        System.setProperty(AotDetector.AOT_ENABLED, "true"); // as the jar's main method sets it
        SpringApplication application = new SpringApplication();

        new AuditVerifyMode().postProcessEnvironment(env("--oversight.audit.verify"), application);

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
        assertThat(application.getWebApplicationType()).isEqualTo(WebApplicationType.NONE);
    }

    @Test
    void anOrdinaryStartKeepsIt() {
        System.setProperty(AotDetector.AOT_ENABLED, "true");

        new AuditVerifyMode().postProcessEnvironment(env("--server.port=8080"), new SpringApplication());

        assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
    }

    private static StandardEnvironment env(String arg) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arg));
        return env;
    }
}
