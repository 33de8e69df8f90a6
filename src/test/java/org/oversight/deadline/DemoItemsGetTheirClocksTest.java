package org.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_EXTENSION;
import static org.oversight.db.Tables.CLOCK_MILESTONE;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.REPORT_FORCE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The demo loads tracked items without clocks; the start-up backfill gives each the clocks its rule calls for. */
@DatabaseTest
@Transactional
class DemoItemsGetTheirClocksTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    ClockSync sync;
    @Autowired
    Clock clock;

    @Test
    void everyTrackedItemHasExactlyOneResponseClockStartingOnPublication() {
        int items = dsl.fetchCount(TRACKED_RECOMMENDATION);
        var tr = TRACKED_RECOMMENDATION;
        int withClock = dsl.select(countDistinct(CLOCK.TRACKED_RECOMMENDATION_ID)).from(CLOCK)
                .join(tr).on(tr.ID.eq(CLOCK.TRACKED_RECOMMENDATION_ID))
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(CLOCK.RULE.in(ClockLabels.responseRules())).and(CLOCK.STARTS_ON.eq(REPORT.PUBLISHED_ON))
                .fetchSingle().value1();
        int responseClocks = dsl.fetchCount(CLOCK, CLOCK.RULE.in(ClockLabels.responseRules()));

        assertThat(items).isGreaterThan(300);
        assertThat(withClock).isEqualTo(items);
        assertThat(responseClocks).isEqualTo(items);
    }

    @Test
    void responseDueDatesOfItemsMatchTheirClocks() {
        var tr = TRACKED_RECOMMENDATION;
        int outOfStep = dsl.fetchCount(dsl.select(tr.ID).from(tr).join(CLOCK).on(CLOCK.TRACKED_RECOMMENDATION_ID.eq(tr.ID))
                .where(CLOCK.RULE.in(ClockLabels.responseRules())).and(tr.RESPONSE_DUE_ON.ne(CLOCK.DUE_ON)));
        assertThat(outOfStep).isZero();
    }

    @Test
    void eachForceAnHmicfrsInspectionConcernsHasACommissionersClock() {
        var watchdog = ORGANISATION.as("w");
        int forcesConcerned = dsl.fetchCount(dsl.select(REPORT_FORCE.REPORT_ID).from(REPORT_FORCE)
                .join(REPORT).on(REPORT.ID.eq(REPORT_FORCE.REPORT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .where(watchdog.CODE.eq("HMICFRS")).and(REPORT.KIND.eq(ReportKind.INSPECTION)));
        int pccClocks = dsl.fetchCount(dsl.select(CLOCK.ID).from(CLOCK)
                .join(REPORT).on(REPORT.ID.eq(CLOCK.REPORT_ID))
                .where(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE)).and(CLOCK.DUE_ON.eq(REPORT.PUBLISHED_ON.plus(56))));

        assertThat(forcesConcerned).isPositive();
        assertThat(pccClocks).isEqualTo(forcesConcerned);
    }

    @Test
    void inquiryClocksCarryTheirFiveMilestones() {
        int inquiryClocks = dsl.fetchCount(CLOCK, CLOCK.RULE.eq(ClockRule.INQUIRY_RESPONSE));
        int milestones = dsl.select(count()).from(CLOCK_MILESTONE).join(CLOCK).on(CLOCK.ID.eq(CLOCK_MILESTONE.CLOCK_ID))
                .where(CLOCK.RULE.eq(ClockRule.INQUIRY_RESPONSE)).fetchSingle().value1();

        assertThat(inquiryClocks).isPositive();
        assertThat(milestones).isEqualTo(5 * inquiryClocks);
    }

    @Test
    void theDemoShowsExtendedPausedAndMetLateClocks() {
        assertThat(dsl.fetchCount(CLOCK_EXTENSION)).as("extended clocks").isGreaterThanOrEqualTo(2);
        assertThat(dsl.fetchCount(CLOCK_PAUSE, CLOCK_PAUSE.TO_ON.isNull())).as("running pauses").isEqualTo(1);
        assertThat(dsl.fetchCount(CLOCK, CLOCK.MET_ON.gt(CLOCK.DUE_ON))).as("met late").isPositive();
        assertThat(dsl.fetchCount(CLOCK, CLOCK.MET_ON.le(CLOCK.DUE_ON))).as("met on time").isPositive();
        assertThat(dsl.fetchCount(CLOCK, CLOCK.RULE.eq(ClockRule.IOPC_PUBLICATION))).as("IOPC publication clocks").isPositive();
    }

    @Test
    void runningTheSyncAgainChangesNothing() {
        int clocksBefore = dsl.fetchCount(CLOCK);

        ClockSync.Outcome outcome = sync.sync(DSL.trueCondition(), OffsetDateTime.now(clock));

        assertThat(outcome.started()).isZero();
        assertThat(outcome.stopped()).isZero();
        assertThat(dsl.fetchCount(CLOCK)).isEqualTo(clocksBefore);
    }
}
