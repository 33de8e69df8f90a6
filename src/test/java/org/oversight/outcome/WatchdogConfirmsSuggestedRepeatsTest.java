package org.oversight.outcome;

import org.oversight.base.SubmissionKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.RECOMMENDATION_LINK;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.RuleViolationException;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions of earlier equivalents by text similarity: the demo's known repeat (HMICFRS's 2026 contact management
 * inspection asks Surrey again to give callers information about specialist support, as the IPCC's 2015
 * call-handling recommendation 1 did after Breck Bednar's mother's call) comes first; nothing is linked
 * until the watchdog confirms; a dismissed suggestion is not offered again; only the watchdog that made the
 * recommendation sees suggestions for it.
 */
@DatabaseTest
@Transactional
class WatchdogConfirmsSuggestedRepeatsTest {

    static final String CONTACT_MANAGEMENT = "HMICFRS-2026-CM-SURREY";
    static final String BRECK = "IPCC-2015-001";

    @Autowired
    RepeatLinkService repeats;
    @Autowired
    OutcomeFixtures fixtures;
    @Autowired
    DSLContext dsl;

    @Test
    @WithUserDetails("hmicfrs")
    void theKnownRepeatInTheDemoIsSuggestedFirst() {
        long item = fixtures.item(CONTACT_MANAGEMENT, "AFI 1", "SURREY");

        List<Suggestion> suggestions = repeats.suggestions(item);

        assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(RepeatLinkService.SUGGESTIONS);
        assertThat(suggestions.getFirst().reportReference()).isEqualTo(BRECK);
        assertThat(suggestions.getFirst().number()).isEqualTo("1");
        assertThat(suggestions).allSatisfy(s -> assertThat(s.reportReference()).isNotEqualTo(CONTACT_MANAGEMENT));
        assertThat(suggestions).allSatisfy(s -> assertThat(s.publishedOn())
                .isBeforeOrEqualTo(java.time.LocalDate.now()));
        assertThat(dsl.fetchCount(RECOMMENDATION_LINK, RECOMMENDATION_LINK.RECOMMENDATION_ID
                .eq(fixtures.recommendationOf(item)))).as("nothing is linked automatically").isZero();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void confirmingLinksAndTheSuggestionIsNotOfferedAgain() {
        long item = fixtures.item(CONTACT_MANAGEMENT, "AFI 1", "SURREY");
        Suggestion first = repeats.suggestions(item).getFirst();

        repeats.link(item, first.earlierId(), LinkKind.REPEATS, null, SubmissionKey.fresh());

        assertThat(repeats.suggestions(item)).extracting(Suggestion::earlierId).doesNotContain(first.earlierId());
        assertThat(repeats.chain(item).steps()).extracting(ChainStep::recommendationId).contains(first.earlierId());
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aDismissedSuggestionIsNotOfferedAgainAndNothingIsLinked() {
        long item = fixtures.item(CONTACT_MANAGEMENT, "AFI 1", "SURREY");
        Suggestion first = repeats.suggestions(item).getFirst();

        repeats.dismiss(item, first.earlierId());

        assertThat(repeats.suggestions(item)).extracting(Suggestion::earlierId).doesNotContain(first.earlierId());
        assertThat(repeats.chain(item).isLinked()).isFalse();
    }

    @Test
    @WithUserDetails("iopc")
    void anotherWatchdogGetsNoSuggestionsAndMayNotLink() {
        long item = fixtures.item(CONTACT_MANAGEMENT, "AFI 1", "SURREY");
        long breck = fixtures.recommendation(BRECK, "1");

        assertThat(repeats.suggestions(item)).isEmpty();
        assertThatThrownBy(() -> repeats.link(item, breck, LinkKind.REPEATS, null, SubmissionKey.fresh()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("HMICFRS");
    }

    @Test
    @WithUserDetails("surrey")
    void theForceMayNotLinkEither() {
        long item = fixtures.item(CONTACT_MANAGEMENT, "AFI 1", "SURREY");
        assertThat(repeats.mayLink(item)).isFalse();
        assertThatThrownBy(() -> repeats.dismiss(item, fixtures.recommendation(BRECK, "1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aRecordedLinkCannotBeRecordedTwice() {
        long item = fixtures.item(CONTACT_MANAGEMENT, "AFI 1", "SURREY");
        long breck = fixtures.recommendation(BRECK, "1");
        repeats.link(item, breck, LinkKind.REPEATS, null, SubmissionKey.fresh());

        assertThatThrownBy(() -> repeats.link(item, breck, LinkKind.REPEATS, null, SubmissionKey.fresh()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already linked");
    }
}
