package org.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.CLOCK_EXTENSION;
import static org.oversight.db.Tables.CLOCK_PAUSE;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.Formats;
import org.oversight.base.InvalidInputException;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class WatchdogExtendsAndPausesClocksTest {

    @Autowired
    ClockService clocks;
    @Autowired
    DSLContext dsl;
    @Autowired
    ClockSync sync;
    @Autowired
    Clock clock;
    @Autowired
    JooqDeadlineQuery deadlines;
    @Autowired
    JdbcTemplate jdbc;

    TestItems items;
    LocalDate today;

    @BeforeEach
    void setUp() {
        items = new TestItems(dsl, sync);
        today = LocalDate.now(clock);
    }

    @Test
    @WithUserDetails("iopc")
    void iopcExtendsOnAnApplicationReceivedInTimeAndTheRegisterFollows() {
        long item = learningRecommendation(today.minusDays(30));
        ClockDetails response = responseClock(item);
        LocalDate newDue = response.dueOn().plusDays(28);

        clocks.grantExtension(response.id(), response.version(), today, newDue, "Consulting partners");

        ClockDetails after = responseClock(item);
        assertThat(after.dueOn()).isEqualTo(newDue);
        assertThat(after.originalDueOn()).isEqualTo(today.minusDays(30).plusDays(55));
        assertThat(after.extensions()).singleElement().satisfies(e -> {
            assertThat(e.receivedOn()).isEqualTo(today);
            assertThat(e.reason()).isEqualTo("Consulting partners");
            assertThat(e.grantedBy()).isEqualTo("Ian Caseworker");
        });
        assertThat(items.responseDueOn(item)).isEqualTo(newDue);
        assertThat(items.dueOn(item)).isEqualTo(newDue);
        assertThat(audited("CLOCK_EXTENDED", response.id())).isTrue();
    }

    @Test
    @WithUserDetails("iopc")
    void iopcCannotExtendOnAnApplicationReceivedAfterThePeriodEnded() {
        long item = learningRecommendation(today.minusDays(70));
        ClockDetails response = responseClock(item);

        assertThatThrownBy(() -> clocks.grantExtension(response.id(), response.version(), today, today.plusDays(20), "Late"))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessageContaining("after the period ended on " + Formats.longDate(today.minusDays(15)))
                .satisfies(e -> assertThat(((ExtensionRefusedException) e).field()).isEqualTo("receivedOn"));
        assertThat(dsl.fetchCount(CLOCK_EXTENSION, CLOCK_EXTENSION.CLOCK_ID.eq(response.id()))).isZero();
        assertThat(items.responseDueOn(item)).isEqualTo(today.minusDays(15));
    }

    @Test
    @WithUserDetails("hmicfrs")
    void hmicfrsMayMoveAnOverdueActionPlanDate() {
        long item = items.item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, today.minusDays(60), "SURREY", today);
        ClockDetails plan = responseClock(item);
        assertThat(plan.phase()).isEqualTo(ClockState.Phase.OVERDUE);

        clocks.grantExtension(plan.id(), plan.version(), today.minusDays(2), today.plusDays(14), "Plan returned for rework");

        assertThat(responseClock(item).phase()).isEqualTo(ClockState.Phase.DUE_SOON);
        assertThat(items.dueOn(item)).isEqualTo(today.plusDays(14));
    }

    @Test
    @WithUserDetails("hmicfrs")
    void anotherWatchdogsStaffMayNotExtendOrPause() {
        long item = learningRecommendation(today.minusDays(10));
        ClockDetails response = responseClock(item);

        assertThatThrownBy(() -> clocks.grantExtension(response.id(), response.version(), today, today.plusDays(90), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clocks.recordPause(response.id(), response.version(), today, null, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clocks.clocksOf(item).mayManage()).isFalse();
    }

    @Test
    @WithUserDetails("surrey")
    void theRecipientMayReadItsClocksButNotExtendOrPauseThem() {
        long item = learningRecommendation(today.minusDays(10));
        ClockDetails response = responseClock(item);

        assertThatThrownBy(() -> clocks.grantExtension(response.id(), response.version(), today, today.plusDays(90), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clocks.endPause(response.id(), response.version(), today))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(dsl.fetchCount(CLOCK_PAUSE, CLOCK_PAUSE.CLOCK_ID.eq(response.id()))).isZero();
    }

    @Test
    @WithUserDetails("devon")
    void anotherForceCannotReadTheClocks() {
        long item = learningRecommendation(today.minusDays(10));

        assertThatThrownBy(() -> clocks.clocksOf(item)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("iopc")
    void judicialReviewHoldsTheClockAndItsEndLetsItRunAgain() {
        long item = learningRecommendation(today.minusDays(30));
        ClockDetails response = responseClock(item);
        LocalDate original = response.dueOn();

        clocks.recordPause(response.id(), response.version(), today.minusDays(5), null, "JR claim issued");

        ClockDetails paused = responseClock(item);
        assertThat(paused.phase()).isEqualTo(ClockState.Phase.PAUSED);
        // six paused days so far: five days ago up to and including today
        assertThat(paused.dueOn()).isEqualTo(original.plusDays(6));
        assertThat(items.responseDueOn(item)).isEqualTo(original.plusDays(6));
        assertThat(audited("CLOCK_PAUSED", response.id())).isTrue();

        clocks.endPause(paused.id(), paused.version(), today.minusDays(1));

        ClockDetails running = responseClock(item);
        assertThat(running.phase()).isNotEqualTo(ClockState.Phase.PAUSED);
        assertThat(running.dueOn()).isEqualTo(original.plusDays(5));
        assertThat(running.pauses()).singleElement().satisfies(p -> assertThat(p.toInclusive()).isEqualTo(today.minusDays(1)));
        assertThat(audited("CLOCK_PAUSE_ENDED", response.id())).isTrue();
    }

    /**
     * The bell counts a paused item as paused, never overdue, even once the date its clock was moved to has passed
     * while the pause still runs; and as overdue again once the pause has ended (decision 0141: the bell reads the
     * items' summary, which keeps no "paused", and corrects it for the pauses of the day it is asked on).
     */
    @Test
    @WithUserDetails("iopc")
    void theBellCountsAnItemPausedPastItsDateAsPausedUntilThePauseEnds() {
        long item = learningRecommendation(today.minusDays(30));
        ClockDetails response = responseClock(item);
        clocks.recordPause(response.id(), response.version(), today.minusDays(5), null, "JR claim issued");
        LocalDate later = responseClock(item).dueOn().plusDays(10);
        DeadlineScope iopc = new DeadlineScope(ItemScope.everything(), items.orgId("IOPC"), true);

        assertThat(deadlines.list(iopc, DeadlineFilter.PAUSED, later, 14, 0, 1_000)).extracting(Deadline::trackedId).contains(item);
        assertThat(deadlines.list(iopc, DeadlineFilter.OVERDUE, later, 14, 0, 1_000)).extracting(Deadline::trackedId).doesNotContain(item);
        assertThat(BellCountsAgree.check(deadlines, jdbc, later, 14, "paused past its date")).isPositive();
        DeadlineCounts paused = deadlines.counts(iopc, later, 14);

        ClockDetails now = responseClock(item);
        clocks.endPause(now.id(), now.version(), today.minusDays(1));
        assertThat(BellCountsAgree.check(deadlines, jdbc, later, 14, "the pause ended")).isPositive();
        DeadlineCounts resumed = deadlines.counts(iopc, later, 14);
        assertThat(resumed.paused()).isEqualTo(paused.paused() - 1);
        assertThat(resumed.overdue()).isEqualTo(paused.overdue() + 1);
    }

    @Test
    @WithUserDetails("iopc")
    void aPauseAfterThePeriodEndedDoesNotReviveTheClock() {
        long item = learningRecommendation(today.minusDays(70));
        ClockDetails response = responseClock(item);

        assertThatThrownBy(() -> clocks.recordPause(response.id(), response.version(), today.minusDays(3), null, "JR"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsKey("from"));
    }

    @Test
    @WithUserDetails("iopc")
    void aSecondWatchdogEditOnAStaleClockIsRefused() {
        long item = learningRecommendation(today.minusDays(10));
        ClockDetails seen = responseClock(item);
        clocks.grantExtension(seen.id(), seen.version(), today, seen.dueOn().plusDays(10), "First");

        assertThatThrownBy(() -> clocks.grantExtension(seen.id(), seen.version(), today, seen.dueOn().plusDays(20), "Second"))
                .isInstanceOf(org.oversight.base.ConcurrentEditException.class);
    }

    private long learningRecommendation(LocalDate made) {
        return items.item("IOPC", ReportKind.INVESTIGATION, RecommendationKind.LEARNING_RECOMMENDATION, made, "SURREY", today);
    }

    private ClockDetails responseClock(long item) {
        return clocks.clocksOf(item).clocks().stream().filter(c -> c.rule().timesRecommendationResponse())
                .findFirst().orElseThrow();
    }

    private boolean audited(String action, long clockId) {
        return dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ENTITY_TYPE.eq("clock"))
                .and(AUDIT_EVENT.ENTITY_ID.eq(clockId)).and(AUDIT_EVENT.USERNAME.eq("iopc")));
    }
}
