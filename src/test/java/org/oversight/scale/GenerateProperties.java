package org.oversight.scale;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oversight.generate.*}: present only when the application is started to generate a data set (see
 * {@link GenerateCommand}).
 *
 * @param scale    1.0 is national size (2,000 reports, ~1.5 million rows in all); 0.01 is a quick sample
 * @param seed     the same seed, scale and day give the same data
 * @param today    the day the data set ends on (default: today by the application clock)
 * @param replace  delete an existing data set first; without it a database that has reports is refused
 * @param exit     stop the application when done (the command-line use); false keeps it running
 * @param checksum print a checksum of the generated rows, to compare two runs or two databases
 */
@ConfigurationProperties("oversight.generate")
public record GenerateProperties(Double scale, @DefaultValue("42") long seed, LocalDate today, boolean replace,
                                 @DefaultValue("true") boolean exit, boolean checksum) {
}
