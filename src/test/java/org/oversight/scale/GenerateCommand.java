package org.oversight.scale;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --oversight.generate.scale=1.0 [--oversight.generate.seed=42] [--oversight.generate.replace=true]}:
 * generates the national data set into the configured database, prints what it wrote, and exits. Runs before the
 * start-up accounts and demo loader; {@link GenerateModeEnvironment} puts the web server on a free loopback port
 * and turns demo mode off. {@link GenerateNationalDataSet} is the command that starts it.
 */
@Component
@Order(1)
@ConditionalOnProperty(GenerateModeEnvironment.SCALE)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final GenerateProperties properties;
    private final NationalDataGenerator generator;
    private final DataChecksum checksum;
    private final ConfigurableApplicationContext context;
    private final Clock clock;

    GenerateCommand(GenerateProperties properties, NationalDataGenerator generator, DataChecksum checksum,
                    ConfigurableApplicationContext context, Clock clock) {
        this.properties = properties;
        this.generator = generator;
        this.checksum = checksum;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = properties.today() != null ? properties.today() : LocalDate.now(clock);
        var request = new NationalDataGenerator.Request(properties.scale(), properties.seed(), today, properties.replace());
        log.info("Generating a national data set: scale {}, seed {}, ending {}{}", request.scale(), request.seed(), today,
                request.replace() ? ", replacing the existing data" : "");
        NationalDataGenerator.Result result;
        try {
            result = generator.generate(request);
        } catch (IllegalStateException refused) {
            if (!properties.exit()) {
                throw refused;
            }
            log.error(refused.getMessage());
            System.exit(SpringApplication.exit(context, () -> 1));
            return;
        }
        result.rows().forEach((table, rows) -> log.info(String.format("  %-24s %,12d", table, rows)));
        log.info(String.format("Generated %,d rows in %.1f s (delete %.1f s, history %.1f s, audit chain %.1f s, "
                        + "identities and statistics %.1f s; %.1f s of this process's CPU)", result.totalRows(),
                result.totalMillis() / 1e3, result.millisWipe() / 1e3, result.millisHistory() / 1e3,
                result.millisAudit() / 1e3, result.millisFinish() / 1e3, result.millisCpu() / 1e3));
        if (properties.checksum()) {
            log.info("Checksum of the generated rows: {}", checksum.of());
        }
        if (properties.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
