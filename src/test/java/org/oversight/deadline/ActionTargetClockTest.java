package org.oversight.deadline;

import org.junit.jupiter.api.Test;
import org.oversight.deadline.ClockState.Phase;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An action plan sets an implementation target; the force may revise it with a reason, and the original date
 * stays visible (silent slippage is what public trackers are criticised for).
 */
class ActionTargetClockTest {

    private final ClockEngine engine = Clocks.engine();
    private final ClockSpec target = actionTarget(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));

    @Test
    void targetDateIsTheDueDate() {
        assertThat(engine.dueOn(target)).contains(LocalDate.of(2026, 11, 30));
        ClockState state = engine.evaluate(target, LocalDate.of(2026, 12, 4));
        assertThat(state.phase()).isEqualTo(Phase.OVERDUE);
        assertThat(state.daysOverdue()).isEqualTo(4);
    }

    @Test
    void revisionMovesTheDueDateAndKeepsTheOriginal() {
        ClockSpec revised = engine.grantExtension(target,
                new Extension(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 31), "Supplier delay, approved by ACC"));

        ClockState state = engine.evaluate(revised, LocalDate.of(2026, 12, 1));
        assertThat(state.dueOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(state.originalDueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(state.dueOn()).isNotEqualTo(state.originalDueOn());
        // 1 Dec → 31 Dec is 30 days, → 31 Jan is 61
        assertThat(state.daysLeft()).isEqualTo(61);
        assertThat(state.phase()).isEqualTo(Phase.RUNNING);
    }

    @Test
    void lateRevisionIsRecordedNotRefused() {
        ClockSpec revised = engine.grantExtension(target,
                new Extension(LocalDate.of(2026, 12, 5), LocalDate.of(2027, 1, 31), "Re-planned after review"));

        assertThat(engine.dueOn(revised)).contains(LocalDate.of(2027, 1, 31));
        assertThat(engine.evaluate(revised, LocalDate.of(2026, 12, 5)).originalDueOn())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void revisionCannotBringTheDateForwardOrIntoThePast() {
        assertThatThrownBy(() -> engine.grantExtension(target,
                new Extension(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15), "Sooner")))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessageContaining("15 November 2026, is not later than the current due date, 30 November 2026");

        assertThatThrownBy(() -> engine.grantExtension(target,
                new Extension(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 1), "Backdated")))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessage("The new due date, 1 December 2026, is before the application was received on "
                        + "5 December 2026.");
    }

    @Test
    void targetNeedsItsDateAndOtherRulesMustNotBeGivenOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClockSpec(
                ClockRule.ACTION_TARGET, LocalDate.of(2026, 9, 1), null, List.of(), List.of(), null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ClockSpec(
                ClockRule.PCC_RESPONSE, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), List.of(), List.of(), null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                actionTarget(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31)));
    }

    /** An implementation target from an action plan, set on {@code setOn} for {@code targetOn}, as the plans record it. */
    private static ClockSpec actionTarget(LocalDate setOn, LocalDate targetOn) {
        return new ClockSpec(ClockRule.ACTION_TARGET, setOn, targetOn, List.of(), List.of(), null);
    }
}
