package org.oversight.demo;

import org.oversight.base.DemoMode;
import org.oversight.base.FirstStartLock;
import static org.oversight.db.Tables.REPORT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, fills an empty database with the demo cases once; a database that has reports is left alone. Under
 * the {@link FirstStartLock}: of several nodes starting at once, one loads and the others find the data there.
 */
@Component
@Order(20)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_FILE = "db/demo/demo-data.yml";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoMode demoMode;
    private final DSLContext dsl;
    private final DemoDataSeeder seeder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final FirstStartLock firstStart;

    DemoDataLoader(DemoMode demoMode, DSLContext dsl, DemoDataSeeder seeder, TransactionTemplate tx, Clock clock,
                   FirstStartLock firstStart) {
        this.firstStart = firstStart;
        this.demoMode = demoMode;
        this.dsl = dsl;
        this.seeder = seeder;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            firstStart.runAlone(this::loadIntoAnEmptyDatabase); // another node may be loading: wait, then find it done
        }
    }

    private void loadIntoAnEmptyDatabase() {
        if (dsl.fetchExists(REPORT)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        DemoDataFile file;
        try {
            file = DemoDataFile.read(new ClassPathResource(DEMO_FILE).getInputStream(), today);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + DEMO_FILE, e);
        }
        long start = System.nanoTime();
        tx.executeWithoutResult(status -> seeder.seed(file, today));
        log.info("Demo data loaded: {} reports in {} ms", file.reports().size(), (System.nanoTime() - start) / 1_000_000);
    }
}
