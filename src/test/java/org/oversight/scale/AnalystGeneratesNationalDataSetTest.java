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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oversight.audit.AuditChainVerifier;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The generator at 1% of national size, in a database of its own (the shared test database holds the demo).
 * Runs on H2 only: replace=true would wipe the demo data that the other tests share on PostgreSQL.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:scale-generator;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=false", "logging.level.org.oversight=warn"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystGeneratesNationalDataSetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final NationalDataGenerator.Request SAMPLE = new NationalDataGenerator.Request(0.01, 7, TODAY, true);

    @Autowired
    NationalDataGenerator generator;
    @Autowired
    DataChecksum checksum;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    DSLContext dsl;

    @Test
    @Order(1)
    void aOnePerCentSampleHasTheShapeOfTheNationalSet() {
        NationalDataGenerator.Result result = generator.generate(SAMPLE);

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
        assertThat(result.rows().get("tracked_recommendation")).isEqualTo(tracked);
        assertThat(result.rows().get("audit_event")).isEqualTo(dsl.fetchCount(AUDIT_EVENT));
    }

    @Test
    @Order(2)
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
    @Order(3)
    void theGeneratedAuditTrailVerifiesAsAnUnbrokenChain() {
        AuditChainVerifier.Result result = verifier.verify();

        assertThat(result.intact()).as(result.firstBroken().toString()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(dsl.fetchCount(AUDIT_EVENT)).isGreaterThan(1_000);
    }

    @Test
    @Order(4)
    void theApplicationKeepsNumberingAfterTheGeneratedIds() {
        long maxReport = dsl.select(org.jooq.impl.DSL.max(REPORT.ID)).from(REPORT).fetchSingle().value1();
        Long watchdog = dsl.select(REPORT.WATCHDOG_ID).from(REPORT).limit(1).fetchSingle().value1();

        long id = dsl.insertInto(REPORT).set(REPORT.WATCHDOG_ID, watchdog).set(REPORT.KIND, ReportKind.INSPECTION)
                .set(REPORT.TITLE, "Inserted by the application").set(REPORT.REFERENCE, "APP-1")
                .set(REPORT.PUBLISHED_ON, TODAY).set(REPORT.CREATED_AT, OffsetDateTime.now())
                .returning(REPORT.ID).fetchOne(REPORT.ID);

        assertThat(id).isGreaterThan(maxReport);
    }

    @Test
    @Order(5)
    void aDatabaseWithReportsIsRefusedUnlessReplacing() {
        assertThatThrownBy(() -> generator.generate(new NationalDataGenerator.Request(0.01, 7, TODAY, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already has").hasMessageContaining("oversight.generate.replace=true");
    }

    @Test
    @Order(6)
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        generator.generate(SAMPLE);
        String first = checksum.of();
        generator.generate(SAMPLE);
        String again = checksum.of();
        generator.generate(new NationalDataGenerator.Request(0.01, 8, TODAY, true));
        String otherSeed = checksum.of();

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(verifier.verify().intact()).as("the chain after replacing").isTrue();
    }
}
