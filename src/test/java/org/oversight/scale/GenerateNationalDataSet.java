package org.oversight.scale;

import org.oversight.OversightTrackerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The command that generates a national data set into a database of one's choosing; the generator lives on the
 * test side, so it runs from the test classpath (README, "At national scale"):
 *
 * <pre>
 * ./mvnw spring-boot:test-run@generate -Dspring-boot.run.arguments="--oversight.generate.scale=1.0
 *     --oversight.generate.seed=42 --spring.datasource.url=jdbc:h2:file:/tmp/national/oversight"
 * </pre>
 *
 * It starts the application as its own main method does, with {@link GenerateCommand} and
 * {@link GenerateModeEnvironment} active because {@code oversight.generate.scale} is given; without it the command
 * refuses, rather than start the whole application (web server, demo loader) from the test classpath.
 */
public final class GenerateNationalDataSet {

    private GenerateNationalDataSet() {
    }

    public static void main(String[] args) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        if (!environment.containsProperty(GenerateModeEnvironment.SCALE)) {
            System.err.println("Give --" + GenerateModeEnvironment.SCALE + "=<scale> (1.0 is national size, 0.01 a quick "
                    + "sample), and optionally --oversight.generate.seed=42, --oversight.generate.replace=true and "
                    + "--spring.datasource.url=... (see GenerateProperties).");
            System.exit(2);
        }
        SpringApplication.from(OversightTrackerApplication::main).run(args);
    }
}
