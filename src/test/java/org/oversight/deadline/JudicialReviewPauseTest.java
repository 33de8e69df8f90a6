package org.oversight.deadline;

import org.junit.jupiter.api.Test;
import org.oversight.deadline.ClockState.Phase;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.oversight.deadline.ClockRule.IOPC_LEARNING_RESPONSE;

/**
 * Days on which judicial review proceedings are in progress are added to the IOPC response period.
 * Recommendation made 1 Mar 2026, so without pauses the period ends 25 Apr 2026.
 */
class JudicialReviewPauseTest {

    private final ClockEngine engine = Clocks.engine();
    private final ClockSpec clock = ClockSpec.starting(IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1));

    private static Pause judicialReview(LocalDate from, LocalDate toInclusive) {
        return new Pause(from, toInclusive, "Judicial review proceedings");
    }

    @Test
    void pauseSpanningTheDueDateMovesItByEveryPausedDay() {
        // Paused 20–30 Apr. On 20 Apr six days were left (20, 21, 22, 23, 24, 25 Apr); the clock runs again on
        // 1 May and those six days are 1–6 May.
        ClockSpec paused = clock.withPause(judicialReview(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 30)));

        assertThat(engine.dueOn(paused)).contains(LocalDate.of(2026, 5, 6));
    }

    @Test
    void clockIsPausedOnThePausedDaysAndRunsAgainAfter() {
        ClockSpec paused = clock.withPause(judicialReview(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 30)));

        ClockState onOldDueDate = engine.evaluate(paused, LocalDate.of(2026, 4, 25));
        assertThat(onOldDueDate.phase()).isEqualTo(Phase.PAUSED);
        assertThat(onOldDueDate.dueOn()).isEqualTo(LocalDate.of(2026, 5, 6));
        // 25 Apr → 6 May: 5 days to 30 Apr, then 6 → 11
        assertThat(onOldDueDate.daysLeft()).isEqualTo(11);
        assertThat(onOldDueDate.originalDueOn()).isEqualTo(LocalDate.of(2026, 4, 25));

        ClockState afterwards = engine.evaluate(paused, LocalDate.of(2026, 5, 1));
        assertThat(afterwards.phase()).isEqualTo(Phase.DUE_SOON);
        assertThat(afterwards.daysLeft()).isEqualTo(5);
    }

    @Test
    void pauseStillRunningLeavesTheDueDateOpenAndMovingDayByDay() {
        ClockSpec paused = clock.withPause(Pause.running(LocalDate.of(2026, 4, 20), "Judicial review proceedings"));

        // without a day to count to, the due date is not known
        assertThat(engine.dueOn(paused)).isEmpty();

        // on 28 Apr, 9 days have been paused (20–28 Apr): at least 25 Apr + 9 = 4 May
        ClockState on28April = engine.evaluate(paused, LocalDate.of(2026, 4, 28));
        assertThat(on28April.phase()).isEqualTo(Phase.PAUSED);
        assertThat(on28April.dueOn()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(on28April.daysLeft()).isEqualTo(6);
        assertThat(on28April.daysOverdue()).isZero();

        // a day later, one more paused day: 5 May
        assertThat(engine.evaluate(paused, LocalDate.of(2026, 4, 29)).dueOn()).isEqualTo(LocalDate.of(2026, 5, 5));

        // before the pause begins, the clock runs as usual: 19 Apr → 25 Apr is 6 days
        ClockState before = engine.evaluate(paused, LocalDate.of(2026, 4, 19));
        assertThat(before.phase()).isEqualTo(Phase.DUE_SOON);
        assertThat(before.dueOn()).isEqualTo(LocalDate.of(2026, 4, 25));
    }

    @Test
    void endingARunningPauseFixesTheDueDate() {
        ClockSpec ended = clock
                .withPause(Pause.running(LocalDate.of(2026, 4, 20), "Judicial review proceedings"))
                .withRunningPauseEnded(LocalDate.of(2026, 4, 30));

        // the same 11 days as a pause recorded 20–30 Apr: 6 May
        assertThat(engine.dueOn(ended)).contains(LocalDate.of(2026, 5, 6));
        assertThatIllegalStateException().isThrownBy(() -> ended.withRunningPauseEnded(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void responseReceivedDuringARunningPauseCountsThePauseUpToThatDay() {
        // paused from 20 Apr, response on 2 May: 20–30 Apr (11) + 1–2 May (2) = 13 days; 25 Apr + 13 = 8 May
        ClockSpec met = clock
                .withPause(Pause.running(LocalDate.of(2026, 4, 20), "Judicial review proceedings"))
                .withMetOn(LocalDate.of(2026, 5, 2));

        assertThat(engine.dueOn(met)).contains(LocalDate.of(2026, 5, 8));
        assertThat(engine.evaluate(met, LocalDate.of(2026, 6, 1)).phase()).isEqualTo(Phase.MET_ON_TIME);
    }

    @Test
    void severalPausesEachAddTheirDays() {
        ClockSpec paused = clock
                // 10–14 Mar: 5 days → 25 Apr + 5 = 30 Apr
                .withPause(judicialReview(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 14)))
                // 28 Apr – 2 May starts before 30 Apr: 28, 29, 30 Apr, 1, 2 May = 5 days → 5 May
                .withPause(judicialReview(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 2)))
                // 10–12 May starts after the period ended on 5 May: does not revive it
                .withPause(judicialReview(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 12)));

        assertThat(engine.dueOn(paused)).contains(LocalDate.of(2026, 5, 5));
        ClockState on11May = engine.evaluate(paused, LocalDate.of(2026, 5, 11));
        assertThat(on11May.phase()).isEqualTo(Phase.OVERDUE);
        assertThat(on11May.daysOverdue()).isEqualTo(6);
    }

    @Test
    void overlappingPausesCountEachDayOnce() {
        ClockSpec paused = clock
                .withPause(judicialReview(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 14)))
                .withPause(judicialReview(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 16)));

        // 10–16 Mar is 7 days, not 5 + 5: 25 Apr + 7 = 2 May
        assertThat(engine.dueOn(paused)).contains(LocalDate.of(2026, 5, 2));
    }

    @Test
    void pauseAfterThePeriodEndedDoesNotRescueAnOverdueClock() {
        ClockSpec paused = clock.withPause(judicialReview(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10)));

        ClockState state = engine.evaluate(paused, LocalDate.of(2026, 5, 5));
        assertThat(state.dueOn()).isEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(state.phase()).isEqualTo(Phase.OVERDUE);
        // 25 Apr → 5 May: 10 days
        assertThat(state.daysOverdue()).isEqualTo(10);
    }

    @Test
    void pauseStartingOnTheLastDayStillCounts() {
        // On 25 Apr one day is left; paused 25–26 Apr, the clock runs again on 27 Apr, its last day
        ClockSpec paused = clock.withPause(judicialReview(LocalDate.of(2026, 4, 25), LocalDate.of(2026, 4, 26)));

        assertThat(engine.dueOn(paused)).contains(LocalDate.of(2026, 4, 27));
    }

    @Test
    void pausedDaysBeforeTheClockStartedAreIgnored() {
        // 20 Feb – 5 Mar: only 1–5 Mar (5 days) fall within the period → 30 Apr
        ClockSpec paused = clock.withPause(judicialReview(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 5)));

        assertThat(engine.dueOn(paused)).contains(LocalDate.of(2026, 4, 30));
    }
}
