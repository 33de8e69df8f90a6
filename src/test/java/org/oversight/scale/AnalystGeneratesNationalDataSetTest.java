package org.oversight.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditChainVerifier;
import org.oversight.deadline.ResponseDeadlines;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The generator at 1% of national size. The tests that only read share one sample, generated once into this class's
 * database (the shared test database holds the demo) and changed by none of them; a test that writes (refusing,
 * numbering, regenerating) gets a database of its own. No test depends on another or on their order.
 * Runs on H2 only: replace=true would wipe the demo data that the other tests share on PostgreSQL.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:scale-generator;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=false", "logging.level.org.oversight=warn"})
class AnalystGeneratesNationalDataSetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final NationalDataGenerator.Request SAMPLE = new NationalDataGenerator.Request(0.01, 7, TODAY, true);
    /** Two reports: enough for a test that needs a generated set but not its shape. */
    private static final NationalDataGenerator.Request TINY = new NationalDataGenerator.Request(0.001, 7, TODAY, false);

    /** What generating the shared sample reported. */
    private static NationalDataGenerator.Result sample;

    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    DSLContext dsl;
    @Autowired
    ResponseDeadlines deadlines;

    @BeforeAll
    static void generateTheSharedSample(@Autowired NationalDataGenerator generator) {
        sample = generator.generate(SAMPLE);
    }

    @Test
    void aOnePerCentSampleHasTheShapeOfTheNationalSet() {
        assertThat(dsl.fetchCount(REPORT)).isEqualTo(20);
        int recommendations = dsl.fetchCount(RECOMMENDATION);
        int tracked = dsl.fetchCount(TRACKED_RECOMMENDATION);
        assertThat(recommendations).isBetween(120, 300);
        // fan-out: at least one national recommendation is tracked once for each of the 44 forces
        assertThat(dsl.select(count()).from(TRACKED_RECOMMENDATION).groupBy(TRACKED_RECOMMENDATION.RECOMMENDATION_ID)
                .orderBy(count().desc()).limit(1).fetchSingle().value1()).isEqualTo(44);
        assertThat(tracked).isGreaterThan(recommendations + 43);
        assertThat(dsl.fetchCount(ACTION)).isGreaterThan(tracked);
        assertThat(dsl.fetchCount(STATUS_CHANGE)).isGreaterThan(4 * tracked);
        assertThat(sample.rows().get("tracked_recommendation")).isEqualTo(tracked);
        assertThat(sample.rows().get("audit_event")).isEqualTo(dsl.fetchCount(AUDIT_EVENT));
    }

    @Test
    void oldItemsAreMostlyVerifiedAndRecentOnesMostlyOpenSomeOverdue() {
        var t = TRACKED_RECOMMENDATION;
        var closed = t.STATUS.in(Status.CLOSED);
        var old = REPORT.PUBLISHED_ON.lt(TODAY.minusYears(5));
        var recent = REPORT.PUBLISHED_ON.ge(TODAY.minusMonths(9));
        var figures = dsl.select(
                        count().filterWhere(old), count().filterWhere(old.and(t.STATUS.eq(Status.VERIFIED_IMPLEMENTED))),
                        count().filterWhere(recent), count().filterWhere(recent.and(closed.not())),
                        count().filterWhere(closed.not().and(t.DUE_ON.lt(TODAY))),
                        countDistinct(t.STATUS))
                .from(t).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID)).fetchSingle();

        assertThat(figures.value2()).as("verified among items over five years old").isGreaterThan(figures.value1() * 8 / 10);
        assertThat(figures.value4()).as("open among items under nine months old").isGreaterThan(figures.value3() * 7 / 10);
        assertThat(figures.value5()).as("open and overdue").isPositive();
        assertThat(figures.value6()).as("distinct statuses").isGreaterThanOrEqualTo(6);
    }

    @Test
    void theGeneratedAuditTrailVerifiesAsAnUnbrokenChain() {
        AuditChainVerifier.Result result = verifier.verify();

        assertThat(result.intact()).as(result.firstBroken().toString()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(dsl.fetchCount(AUDIT_EVENT)).isGreaterThan(1_000);
    }

    @Test
    void theApplicationKeepsNumberingAfterTheGeneratedIds() {
        try (OwnDatabase own = new OwnDatabase(dsl, deadlines)) {
            own.generator.generate(TINY);
            long maxReport = own.dsl.select(DSL.max(REPORT.ID)).from(REPORT).fetchSingle().value1();
            Long watchdog = own.dsl.select(REPORT.WATCHDOG_ID).from(REPORT).limit(1).fetchSingle().value1();

            long id = own.dsl.insertInto(REPORT).set(REPORT.WATCHDOG_ID, watchdog).set(REPORT.KIND, ReportKind.INSPECTION)
                    .set(REPORT.TITLE, "Inserted by the application").set(REPORT.REFERENCE, "APP-1")
                    .set(REPORT.PUBLISHED_ON, TODAY).set(REPORT.CREATED_AT, OffsetDateTime.now())
                    .returning(REPORT.ID).fetchOne(REPORT.ID);

            assertThat(id).isGreaterThan(maxReport);
        }
    }

    @Test
    void aDatabaseWithReportsIsRefusedUnlessReplacing() {
        try (OwnDatabase own = new OwnDatabase(dsl, deadlines)) {
            own.generator.generate(TINY);
            int reports = own.dsl.fetchCount(REPORT);

            assertThatThrownBy(() -> own.generator.generate(TINY))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already has").hasMessageContaining("oversight.generate.replace=true");
            assertThat(own.dsl.fetchCount(REPORT)).as("reports after the refusal").isEqualTo(reports);
        }
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        try (OwnDatabase own = new OwnDatabase(dsl, deadlines)) {
            own.generator.generate(SAMPLE);
            String first = own.checksum.of();
            own.generator.generate(SAMPLE);
            String again = own.checksum.of();
            own.generator.generate(new NationalDataGenerator.Request(0.01, 8, TODAY, true));
            String otherSeed = own.checksum.of();

            assertThat(again).isEqualTo(first);
            assertThat(otherSeed).isNotEqualTo(first);
            assertThat(own.verifier.verify().intact()).as("the chain after replacing").isTrue();
        }
    }

    /**
     * A database of one test's own: a fresh in-memory H2 migrated as the application migrates it (schema and the
     * reference data of V0002), with the generator, the checksum and the chain verifier on it, wired by Spring
     * from the application's classes and its jOOQ settings. It lives while it holds a connection; closing it drops it.
     */
    static final class OwnDatabase implements AutoCloseable {

        private static final AtomicInteger COUNT = new AtomicInteger();

        final DSLContext dsl;
        final NationalDataGenerator generator;
        final DataChecksum checksum;
        final AuditChainVerifier verifier;
        private final Connection keepsItAlive;
        private final AnnotationConfigApplicationContext beans = new AnnotationConfigApplicationContext();

        OwnDatabase(DSLContext application, ResponseDeadlines deadlines) {
            var dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:scale-own-" + COUNT.incrementAndGet());
            dataSource.setUser("sa");
            try {
                keepsItAlive = dataSource.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            dsl = DSL.using(dataSource, SQLDialect.H2, application.settings());
            beans.registerBean(DataSource.class, () -> dataSource);
            beans.registerBean(DSLContext.class, () -> dsl);
            beans.registerBean(ResponseDeadlines.class, () -> deadlines);
            beans.registerBean(NationalDataGenerator.class);
            beans.registerBean(DataChecksum.class);
            beans.registerBean(AuditChainVerifier.class);
            beans.refresh();
            generator = beans.getBean(NationalDataGenerator.class);
            checksum = beans.getBean(DataChecksum.class);
            verifier = beans.getBean(AuditChainVerifier.class);
        }

        @Override
        public void close() {
            beans.close();
            try {
                keepsItAlive.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
