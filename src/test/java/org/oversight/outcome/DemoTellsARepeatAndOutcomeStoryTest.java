package org.oversight.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The demo's story: Surrey's call handling, repeated and judged; as Surrey's force lead reads it. */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class DemoTellsARepeatAndOutcomeStoryTest {

    @Autowired
    RepeatLinkService repeats;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    OutcomeFixtures fixtures;
    @Autowired
    Clock clock;

    @Test
    void theBreckRecommendationWasRepeatedAndJudgedNotEffective() {
        long breck = fixtures.item("IPCC-2015-001", "1", "SURREY");
        int contactManagementYear = LocalDate.now(clock).minusDays(50).getYear();

        assertThat(repeats.chain(breck).inWords()).isEqualTo("First made by the IPCC in 2015; built on by HMICFRS in "
                + "2019; repeated by HMICFRS in " + contactManagementYear + ".");
        assertThat(outcomes.of(breck).assessments()).extracting(OutcomeEntry::rating)
                .containsExactly(OutcomeRating.NOT_EFFECTIVE, OutcomeRating.PARTLY_EFFECTIVE);
        assertThat(outcomes.of(fixtures.item("IPCC-2015-001", "2", "SURREY")).latest())
                .hasValueSatisfying(o -> assertThat(o.rating()).isEqualTo(OutcomeRating.COULD_NOT_BE_DETERMINED));
    }
}
