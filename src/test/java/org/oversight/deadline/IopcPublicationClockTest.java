package org.oversight.deadline;

import org.junit.jupiter.api.Test;
import org.oversight.deadline.ClockState.Phase;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.oversight.deadline.ClockRule.IOPC_LEARNING_RESPONSE;

/** Once the IOPC has a response to a learning recommendation, it publishes it within 21 days of receiving it. */
class IopcPublicationClockTest {

    private final ClockEngine engine = Clocks.engine();
    private final ClockSpec response = ClockSpec.starting(IOPC_LEARNING_RESPONSE, LocalDate.of(2026, 3, 1));

    @Test
    void publicationIsDue21DaysAfterTheResponseArrives() {
        ClockSpec publication = engine.publicationClock(response.withMetOn(LocalDate.of(2026, 4, 10)));

        assertThat(publication.rule()).isEqualTo(ClockRule.IOPC_PUBLICATION);
        assertThat(publication.startsOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        // the day of receipt is not counted: 11–30 Apr are days 1–20, 1 May is day 21
        assertThat(engine.dueOn(publication)).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void responseOnTheLastDayStartsPublicationThatDay() {
        ClockSpec publication = engine.publicationClock(response.withMetOn(LocalDate.of(2026, 4, 25)));

        // 26–30 Apr are days 1–5, 1–16 May are days 6–21
        assertThat(engine.dueOn(publication)).contains(LocalDate.of(2026, 5, 16));
    }

    @Test
    void publicationClockRunsLikeAnyOther() {
        ClockSpec publication = engine.publicationClock(response.withMetOn(LocalDate.of(2026, 4, 10)));

        // due 1 May: 16 Apr is 15 days before, 17 Apr 14 days
        assertThat(engine.evaluate(publication, LocalDate.of(2026, 4, 16)).phase()).isEqualTo(Phase.RUNNING);
        assertThat(engine.evaluate(publication, LocalDate.of(2026, 4, 17)).phase()).isEqualTo(Phase.DUE_SOON);
        assertThat(engine.evaluate(publication.withMetOn(LocalDate.of(2026, 5, 4)), LocalDate.of(2026, 5, 4)))
                .extracting(ClockState::phase, ClockState::daysOverdue)
                .containsExactly(Phase.MET_LATE, 3L);
    }

    @Test
    void noPublicationClockBeforeTheResponseArrives() {
        assertThatIllegalStateException().isThrownBy(() -> engine.publicationClock(response))
                .withMessageContaining("has not been received yet");
    }

    @Test
    void onlyIopcLearningResponsesArePublishedOnAClock() {
        ClockSpec plan = ClockSpec.starting(ClockRule.HMICFRS_ACTION_PLAN, LocalDate.of(2026, 3, 1))
                .withMetOn(LocalDate.of(2026, 4, 1));

        assertThatIllegalArgumentException().isThrownBy(() -> engine.publicationClock(plan));
    }
}
