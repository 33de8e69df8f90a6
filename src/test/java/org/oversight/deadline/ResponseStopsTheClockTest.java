package org.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The plan feature calls ClockService.responseReceived; the scheduled sync reads the same from the register. */
@DatabaseTest
@Transactional
class ResponseStopsTheClockTest {

    @Autowired
    ClockService clocks;
    @Autowired
    DSLContext dsl;
    @Autowired
    ClockSync sync;
    @Autowired
    Clock clock;

    TestItems items;
    LocalDate today;

    @BeforeEach
    void setUp() {
        items = new TestItems(dsl, sync);
        today = LocalDate.now(clock);
    }

    @Test
    @WithUserDetails("surrey")
    void aResponseInTimeMeetsTheClockAndStartsTheIopcsPublicationClock() {
        long item = items.item("IOPC", ReportKind.INVESTIGATION, RecommendationKind.LEARNING_RECOMMENDATION, today.minusDays(40), "SURREY", today);

        clocks.responseReceived(item, today.minusDays(2));

        ItemClocks after = clocks.clocksOf(item);
        assertThat(after.clocks()).extracting(ClockDetails::rule)
                .containsExactly(ClockRule.IOPC_LEARNING_RESPONSE, ClockRule.IOPC_PUBLICATION);
        ClockDetails response = after.clocks().get(0);
        assertThat(response.phase()).isEqualTo(ClockState.Phase.MET_ON_TIME);
        assertThat(response.metOn()).isEqualTo(today.minusDays(2));
        ClockDetails publication = after.clocks().get(1);
        assertThat(publication.startsOn()).isEqualTo(today.minusDays(2));
        assertThat(publication.dueOn()).isEqualTo(today.minusDays(2).plusDays(21));
    }

    @Test
    @WithUserDetails("surrey")
    void aPlanSubmittedAfterTheDeadlineIsMetLateByTheDaysItTook() {
        long item = items.item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.CAUSE_OF_CONCERN, today.minusDays(60), "SURREY", today);
        items.submitted(item, today.minusDays(4));

        sync.sync(DSL.trueCondition(), TestItems.at(today));

        ClockDetails plan = clocks.clocksOf(item).clocks().stream()
                .filter(c -> c.rule() == ClockRule.HMICFRS_ACTION_PLAN).findFirst().orElseThrow();
        assertThat(plan.phase()).isEqualTo(ClockState.Phase.MET_LATE);
        assertThat(plan.metOn()).isEqualTo(today.minusDays(4));
        // due six weeks after publication: today - 18; met today - 4
        assertThat(plan.daysOverdue()).isEqualTo(14);
    }

    @Test
    @WithUserDetails("surrey")
    void anHmicfrsInspectionAlsoStartsTheCommissionersClockForTheForce() {
        long item = items.item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, today.minusDays(10), "SURREY", today);

        assertThat(clocks.clocksOf(item).clocks()).filteredOn(c -> c.rule() == ClockRule.PCC_RESPONSE)
                .singleElement().satisfies(c -> assertThat(c.dueOn()).isEqualTo(today.minusDays(10).plusDays(56)));
    }

    @Test
    @WithUserDetails("npcc.cse")
    void anInquiryClockCarriesItsEscalationMilestones() {
        LocalDate published = today.minusMonths(8);
        long item = items.item("IICSA", ReportKind.INQUIRY, RecommendationKind.RECOMMENDATION, published, "NPCC_CSE", today);

        ClockDetails response = clocks.clocksOf(item).clocks().getFirst();
        assertThat(response.rule()).isEqualTo(ClockRule.INQUIRY_RESPONSE);
        assertThat(response.dueOn()).isEqualTo(published.plusMonths(6));
        assertThat(response.milestones()).extracting(ClockDetails.MilestoneLine::dueOn)
                .containsExactly(published.plusMonths(3), published.plusMonths(6), published.plusMonths(7),
                        published.plusMonths(9), published.plusMonths(12));
        assertThat(response.milestones()).extracting(ClockDetails.MilestoneLine::passed)
                .containsExactly(true, true, true, false, false);
    }
}
