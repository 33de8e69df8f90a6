package org.oversight.deadline;

import org.junit.jupiter.api.Test;
import org.oversight.deadline.ClockState.Phase;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.deadline.ClockRule.IOPC_LEARNING_RESPONSE;

/**
 * The Director General may extend the response period on an application received before the period ends.
 * Recommendation made 1 Mar 2026, so the period ends 25 Apr 2026 (1–31 Mar = days 1–31, 1–25 Apr = 32–56).
 */
class IopcExtensionApplicationTest {

    private static final LocalDate MADE_ON = LocalDate.of(2026, 3, 1);
    private static final LocalDate PERIOD_ENDS = LocalDate.of(2026, 4, 25);

    private final ClockEngine engine = Clocks.engine();
    private final ClockSpec clock = ClockSpec.starting(IOPC_LEARNING_RESPONSE, MADE_ON);

    @Test
    void applicationReceivedAfterThePeriodEndedIsRefusedWithAReason() {
        var late = new Extension(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), "New evidence");

        assertThatThrownBy(() -> engine.grantExtension(clock, late))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessage("The application for an extension was received on 30 April 2026, "
                        + "after the period ended on 25 April 2026; it cannot be granted.");
    }

    @Test
    void applicationReceivedTheDayAfterThePeriodEndedIsRefused() {
        var dayLate = new Extension(LocalDate.of(2026, 4, 26), LocalDate.of(2026, 5, 31), "New evidence");

        assertThatThrownBy(() -> engine.grantExtension(clock, dayLate))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessageContaining("received on 26 April 2026, after the period ended on 25 April 2026");
    }

    @Test
    void applicationReceivedOnTheLastDayIsGranted() {
        var onTheDay = new Extension(PERIOD_ENDS, LocalDate.of(2026, 5, 23), "Training review under way");

        ClockSpec extended = engine.grantExtension(clock, onTheDay);

        assertThat(engine.dueOn(extended)).contains(LocalDate.of(2026, 5, 23));
        ClockState state = engine.evaluate(extended, LocalDate.of(2026, 5, 1));
        // 1 May → 23 May: 22 days, beyond the 14-day window
        assertThat(state.phase()).isEqualTo(Phase.RUNNING);
        assertThat(state.daysLeft()).isEqualTo(22);
        assertThat(state.originalDueOn()).isEqualTo(PERIOD_ENDS);
        assertThat(state.dueOn()).isNotEqualTo(state.originalDueOn());
    }

    @Test
    void secondApplicationIsJudgedAgainstTheExtendedPeriod() {
        ClockSpec once = engine.grantExtension(clock,
                new Extension(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 10), "First extension"));
        // 9 May is after the original end (25 Apr) but before the extended one (10 May)
        ClockSpec twice = engine.grantExtension(once,
                new Extension(LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 31), "Second extension"));
        assertThat(engine.dueOn(twice)).contains(LocalDate.of(2026, 5, 31));

        var third = new Extension(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "Third extension");
        assertThatThrownBy(() -> engine.grantExtension(twice, third))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessage("The application for an extension was received on 1 June 2026, "
                        + "after the period ended on 31 May 2026; it cannot be granted.");
    }

    @Test
    void periodIncludesDaysAddedForJudicialReview() {
        // judicial review 20–30 Apr (11 days) moves the end from 25 Apr to 6 May (see JudicialReviewPauseTest)
        ClockSpec paused = clock.withPause(new Pause(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 30), "JR"));
        var application = new Extension(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 6, 5), "After JR");

        assertThat(engine.dueOn(engine.grantExtension(paused, application))).contains(LocalDate.of(2026, 6, 5));
    }

    @Test
    void extensionMustMoveTheDateLater() {
        var noLater = new Extension(LocalDate.of(2026, 4, 20), PERIOD_ENDS, "Same date");

        assertThatThrownBy(() -> engine.grantExtension(clock, noLater))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessage("The new due date, 25 April 2026, is not later than the current due date, "
                        + "25 April 2026; an extension must move the date later.");
    }

    @Test
    void clockAlreadyMetCannotBeExtended() {
        ClockSpec met = clock.withMetOn(LocalDate.of(2026, 4, 1));
        var extension = new Extension(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 31), "Too late to matter");

        assertThatThrownBy(() -> engine.grantExtension(met, extension))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessageContaining("received on 1 April 2026");
    }

    @Test
    void grantingLeavesTheOriginalSpecUnchanged() {
        engine.grantExtension(clock, new Extension(PERIOD_ENDS, LocalDate.of(2026, 5, 23), "Granted"));

        assertThat(clock.extensions()).isEmpty();
        assertThat(engine.dueOn(clock)).contains(PERIOD_ENDS);
    }
}
