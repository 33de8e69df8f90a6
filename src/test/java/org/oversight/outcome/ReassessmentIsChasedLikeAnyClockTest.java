package org.oversight.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockService;
import org.oversight.deadline.Reassessments.Reassessment;
import org.oversight.recommendation.FreshItems;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A re-assessment falls due twelve months after verification, is one of the item's clocks (its deadline details
 * list it), is met by the next outcome recorded, and the next one runs from that outcome.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class ReassessmentIsChasedLikeAnyClockTest {

    @Autowired
    OutcomeService outcomes;
    @Autowired
    ClockService clocks;
    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    FreshItems fresh;

    long item() {
        long item = fresh.itemFor("SURREY");
        fixtures.verifiedOn(item, LocalDate.of(2016, 10, 14));
        return item;
    }

    @Test
    void dueTwelveMonthsAfterVerificationAndListedWithTheItemsClocks() {
        long item = item();

        Reassessment r = outcomes.scheduleReassessment(item);

        assertThat(r.startsOn()).isEqualTo(LocalDate.of(2016, 10, 14));
        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(outcomes.of(item).reassessment()).hasValueSatisfying(x -> assertThat(x.metOn()).isNull());
        assertThat(clocks.clocksOf(item).clocks()).filteredOn(c -> c.rule() == ClockRule.OUTCOME_REASSESSMENT)
                .singleElement().satisfies(c -> assertThat(c.dueOn()).isEqualTo(LocalDate.of(2017, 10, 14)));
    }

    @Test
    void aSecondWhileOneRunsIsRefused() {
        long item = item();
        outcomes.scheduleReassessment(item);

        assertThatThrownBy(() -> outcomes.scheduleReassessment(item)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already scheduled, due on 14 October 2017");
    }

    @Test
    void anOutcomeMeetsItAndTheNextRunsFromThatOutcome() {
        long item = item();
        outcomes.scheduleReassessment(item);

        outcomes.record(item, new OutcomeInput(OutcomeRating.COULD_NOT_BE_DETERMINED, LocalDate.of(2017, 11, 20), null,
                "https://www.example.org/follow-up", null, "The sample was too small to judge."), SubmissionKey.fresh());

        assertThat(outcomes.of(item).reassessment()).hasValueSatisfying(x -> assertThat(x.metOn())
                .isEqualTo(LocalDate.of(2017, 11, 20)));
        Reassessment next = outcomes.scheduleReassessment(item);
        assertThat(next.startsOn()).isEqualTo(LocalDate.of(2017, 11, 20));
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2018, 11, 20));
    }
}
