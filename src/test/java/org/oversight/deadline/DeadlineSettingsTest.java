package org.oversight.deadline;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An operator changes the rule table in application properties; the clocks follow. */
class DeadlineSettingsTest {

    @Test
    void withNothingConfiguredTheDefaultsApply() {
        DeadlineProperties bound = Clocks.properties();

        assertThat(bound).isEqualTo(new DeadlineProperties(6, 56, 56, 21, 6, 14, ClockRule.RESPONSE_PERIOD, 56, false));
    }

    @Test
    void everySettingCanBeChanged() {
        DeadlineProperties bound = Clocks.properties(
                "oversight.deadlines.hmicfrs-plan-weeks=8",
                "oversight.deadlines.pcc-response-days=60",
                "oversight.deadlines.iopc-response-days=50",
                "oversight.deadlines.iopc-publication-days=28",
                "oversight.deadlines.inquiry-response-months=3",
                "oversight.deadlines.due-soon-days=7",
                "oversight.deadlines.default-rule=INQUIRY_RESPONSE",
                "oversight.deadlines.response-period-days=20",
                "oversight.deadlines.response-period-working-days=true");

        assertThat(bound).isEqualTo(
                new DeadlineProperties(8, 60, 50, 28, 3, 7, ClockRule.INQUIRY_RESPONSE, 20, true));
    }

    @Test
    void nonsenseIsRefusedAtStartUp() {
        assertThatThrownBy(() -> Clocks.properties("oversight.deadlines.hmicfrs-plan-weeks=0"))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessage("oversight.deadlines.hmicfrs-plan-weeks must be at least 1, was 0");
        assertThatThrownBy(() -> Clocks.properties("oversight.deadlines.default-rule=ACTION_TARGET"))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("default-rule must be a rule with a period");
    }

    @Test
    void springWiresTheEngineWithTheConfiguredTable() {
        new ApplicationContextRunner()
                .withUserConfiguration(DeadlineConfiguration.class, ClockEngine.class, DeadlinePolicy.class)
                .withPropertyValues("oversight.deadlines.hmicfrs-plan-weeks=8")
                .run(context -> {
                    ClockEngine engine = context.getBean(ClockEngine.class);
                    // 1 Mar 2026 + 8 weeks: 8, 15, 22, 29 Mar, 5, 12, 19, 26 Apr
                    assertThat(engine.dueOn(ClockSpec.starting(ClockRule.HMICFRS_ACTION_PLAN, LocalDate.of(2026, 3, 1))))
                            .contains(LocalDate.of(2026, 4, 26));
                    assertThat(context).hasSingleBean(DeadlinePolicy.class).hasSingleBean(WorkingDays.class);
                });
    }
}
