package org.oversight.outcome;

import org.oversight.base.SubmissionKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.RECOMMENDATION_LINK;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links across watchdogs and years, and the chain they make; a link to itself, to a later recommendation, or one
 * that closes a loop is refused and nothing is written.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class RepeatLinksRefuseSelfAndLoopsTest {

    static final String CM = "HMICFRS-2026-CM-SURREY";

    @Autowired
    RepeatLinkService repeats;
    @Autowired
    OutcomeFixtures fixtures;
    @Autowired
    DSLContext dsl;

    @Test
    void linksAcrossWatchdogsAndYearsMakeAChainInWords() {
        long pnc = fixtures.recommendation("IPCC-2015-001", "2");
        long peel2019 = fixtures.item("HMICFRS-2019-PEEL-SURREY", "AFI 2", "SURREY");
        long peel2023 = fixtures.item("HMICFRS-2023-PEEL-SURREY", "AFI 1", "SURREY");

        repeats.link(peel2019, pnc, LinkKind.REPEATS, "Asked again at PEEL", SubmissionKey.fresh());
        repeats.linkByReference(peel2023, "hmicfrs-2019-peel-surrey ", "afi 2", LinkKind.REPEATS, null, SubmissionKey.fresh());

        RepeatChain chain = repeats.chain(peel2019);
        assertThat(chain.steps()).extracting(ChainStep::reportReference)
                .containsExactly("IPCC-2015-001", "HMICFRS-2019-PEEL-SURREY", "HMICFRS-2023-PEEL-SURREY");
        assertThat(chain.inWords()).isEqualTo("First made by the IPCC in 2015; repeated by HMICFRS in 2019 and 2023.");
        assertThat(repeats.chain(peel2023).inWords()).isEqualTo(chain.inWords());
    }

    @Test
    void aRecommendationCannotRepeatItself() {
        long item = fixtures.item(CM, "1", "SURREY");
        long self = fixtures.recommendationOf(item);
        int before = dsl.fetchCount(RECOMMENDATION_LINK);

        assertThatThrownBy(() -> repeats.link(item, self, LinkKind.REPEATS, null, SubmissionKey.fresh()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot repeat itself");
        assertThat(dsl.fetchCount(RECOMMENDATION_LINK)).isEqualTo(before);
    }

    @Test
    void aLoopIsRefusedHoweverLong() {
        long one = fixtures.item(CM, "1", "SURREY");
        long two = fixtures.item(CM, "2", "SURREY");
        long concern = fixtures.item(CM, "CoC 1", "SURREY");
        repeats.link(one, fixtures.recommendationOf(two), LinkKind.BUILDS_ON, null, SubmissionKey.fresh());
        repeats.link(two, fixtures.recommendationOf(concern), LinkKind.BUILDS_ON, null, SubmissionKey.fresh());
        int before = dsl.fetchCount(RECOMMENDATION_LINK);

        assertThatThrownBy(() -> repeats.link(concern, fixtures.recommendationOf(one), LinkKind.REPEATS, null, SubmissionKey.fresh()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("loop");
        assertThatThrownBy(() -> repeats.link(two, fixtures.recommendationOf(one), LinkKind.REPEATS, null, SubmissionKey.fresh()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("loop");
        assertThat(dsl.fetchCount(RECOMMENDATION_LINK)).isEqualTo(before);
    }

    @Test
    void aLaterRecommendationCannotBeTheEarlierOne() {
        long peel2019 = fixtures.item("HMICFRS-2019-PEEL-SURREY", "AFI 2", "SURREY");
        long later = fixtures.recommendation("HMICFRS-2023-PEEL-SURREY", "AFI 1");

        assertThatThrownBy(() -> repeats.link(peel2019, later, LinkKind.REPEATS, null, SubmissionKey.fresh()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("after this one");
    }

    @Test
    void anUnknownReferenceOrMissingKindIsAFieldMessage() {
        long item = fixtures.item(CM, "1", "SURREY");

        assertThatThrownBy(() -> repeats.linkByReference(item, "IPCC-2015-001", "99", LinkKind.REPEATS, null, SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("number"));
        assertThatThrownBy(() -> repeats.linkByReference(item, "\u00a0", "", LinkKind.REPEATS, null, SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKeys("reference", "number"));
        assertThatThrownBy(() -> repeats.linkByReference(item, "IPCC-2015-001", "1", null, null, SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("kind"));
    }
}
