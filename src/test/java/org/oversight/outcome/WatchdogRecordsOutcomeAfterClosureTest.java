package org.oversight.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.OUTCOME_ASSESSMENT;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * HMICFRS judges whether a recommendation of its own to Surrey, verified on 14 October 2016, worked, resting on its
 * 2019 PEEL inspection of Surrey. Each of the four states is kept as itself; bad input is refused with
 * a message and writes nothing; only the watchdog that made the recommendation may judge it, and only once verified.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogRecordsOutcomeAfterClosureTest {

    static final LocalDate VERIFIED = LocalDate.of(2016, 10, 14);

    @Autowired
    OutcomeService outcomes;
    @Autowired
    OutcomeFixtures fixtures;
    @Autowired
    DSLContext dsl;
    @Autowired
    FreshItems fresh;
    @Autowired
    UserDetailsService users;

    /** A fresh HMICFRS item to Surrey, verified on {@link #VERIFIED}; made as HMICFRS, whoever the test then is. */
    long item() {
        var who = SecurityContextHolder.getContext();
        SignIn.as(users, "hmicfrs");
        long item = fresh.itemFor("SURREY");
        fixtures.verifiedOn(item, VERIFIED);
        SecurityContextHolder.setContext(who);
        return item;
    }

    long peel2019() {
        return fixtures.reportId("HMICFRS-2019-PEEL-SURREY");
    }

    OutcomeInput valid(OutcomeRating rating) {
        return new OutcomeInput(rating, LocalDate.of(2019, 6, 3), peel2019(), null,
                "PEEL 2019 dip sample of 40 grooming calls", "PNC checks were made in every call sampled.");
    }

    @ParameterizedTest
    @EnumSource(OutcomeRating.class)
    void eachStateIsKeptAsItself(OutcomeRating rating) {
        long item = item();

        outcomes.record(item, valid(rating), SubmissionKey.fresh());

        ItemOutcomes read = outcomes.of(item);
        assertThat(read.verifiedOn()).isEqualTo(VERIFIED);
        assertThat(read.latest()).hasValueSatisfying(o -> {
            assertThat(o.rating()).isEqualTo(rating);
            assertThat(o.assessedOn()).isEqualTo(LocalDate.of(2019, 6, 3));
            assertThat(o.sourceReference()).isEqualTo("HMICFRS-2019-PEEL-SURREY");
            assertThat(o.reason()).isEqualTo("PNC checks were made in every call sampled.");
        });
        assertThat(dsl.select(OUTCOME_ASSESSMENT.RATING).from(OUTCOME_ASSESSMENT)
                .where(OUTCOME_ASSESSMENT.TRACKED_RECOMMENDATION_ID.eq(item)).fetchSingle(OUTCOME_ASSESSMENT.RATING))
                .isEqualTo(rating.name());
        assertThat(rating.isDetermined()).isEqualTo(rating != OutcomeRating.COULD_NOT_BE_DETERMINED);
    }

    @Test
    void theLatestAssessmentIsTheOutcome() {
        long item = item();
        outcomes.record(item, valid(OutcomeRating.EFFECTIVE), SubmissionKey.fresh());
        outcomes.record(item, new OutcomeInput(OutcomeRating.NOT_EFFECTIVE, LocalDate.of(2023, 7, 1), null,
                "https://www.example.org/report.pdf", null, "Checks lapsed after the new system went live."), SubmissionKey.fresh());

        assertThat(outcomes.of(item).assessments()).extracting(OutcomeEntry::rating)
                .containsExactly(OutcomeRating.NOT_EFFECTIVE, OutcomeRating.EFFECTIVE);
    }

    @Test
    void theSameFormSentTwiceRecordsOnce() {
        long item = item();
        SubmissionKey key = SubmissionKey.fresh();

        long first = outcomes.record(item, valid(OutcomeRating.EFFECTIVE), key);
        long second = outcomes.record(item, valid(OutcomeRating.EFFECTIVE), key);

        assertThat(second).isEqualTo(first);
        assertThat(count(item)).isOne();
    }

    @Test
    void withoutReasonOrDateItIsRefusedWithMessages() {
        long item = item();
        assertThatThrownBy(() -> outcomes.record(item, new OutcomeInput(OutcomeRating.EFFECTIVE, null, peel2019(), null,
                null, " \u200b\u00a0"), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldMessages()).containsKeys("assessedOn", "reason");
                    assertThat(e.fieldMessages().get("reason")).contains("Give the reason");
                });
        assertThat(count(item)).isZero();
    }

    @Test
    void anAssessmentDatedBeforeTheVerificationIsRefused() {
        long item = item();
        assertThatThrownBy(() -> outcomes.record(item, new OutcomeInput(OutcomeRating.EFFECTIVE,
                VERIFIED.minusDays(1), null, "https://example.org/r", null, "Reason"), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("assessedOn"))
                        .isEqualTo("The assessment cannot be dated before the verification on 14 October 2016."));
        assertThat(count(item)).isZero();
    }

    @Test
    void aReportOfAnotherWatchdogAboutAnotherForceIsRefused() {
        long item = item();
        long manchester = fixtures.reportId("IOPC-2018-088");
        assertThatThrownBy(() -> outcomes.record(item, new OutcomeInput(OutcomeRating.EFFECTIVE, LocalDate.of(2025, 1, 6),
                manchester, null, null, "Reason"), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("sourceReport"))
                        .contains("IOPC-2018-088 is another watchdog's report"));
        assertThat(count(item)).isZero();
    }

    @Test
    void withoutAnySourceOrWithANonsenseLinkItIsRefused() {
        long item = item();
        assertThatThrownBy(() -> outcomes.record(item, new OutcomeInput(OutcomeRating.EFFECTIVE, LocalDate.of(2019, 6, 3),
                null, null, null, "Reason"), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("sourceReport"));
        assertThatThrownBy(() -> outcomes.record(item, new OutcomeInput(OutcomeRating.EFFECTIVE, LocalDate.of(2019, 6, 3),
                null, "javascript:alert(1)", null, "Reason"), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("sourceLink"));
        assertThat(count(item)).isZero();
    }

    @Test
    void anItemNotYetVerifiedIsRefusedWithAReason() {
        long open = fixtures.item("HMICFRS-2026-CM-SURREY", "1", "SURREY");
        assertThatThrownBy(() -> outcomes.record(open, valid(OutcomeRating.EFFECTIVE), SubmissionKey.fresh()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("verified");
        assertThatThrownBy(() -> outcomes.scheduleReassessment(open)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @WithUserDetails("iopc")
    void anotherWatchdogMayReadButNotJudge() {
        long item = item();
        assertThat(outcomes.of(item).mayAssess()).isFalse();
        assertThatThrownBy(() -> outcomes.record(item, valid(OutcomeRating.EFFECTIVE), SubmissionKey.fresh()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("HMICFRS");
        assertThat(count(item)).isZero();
    }

    @Test
    @WithUserDetails("surrey")
    void theForceMayReadButNotJudge() {
        long item = item();
        assertThat(outcomes.of(item).mayAssess()).isFalse();
        assertThatThrownBy(() -> outcomes.record(item, valid(OutcomeRating.EFFECTIVE), SubmissionKey.fresh()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("devon")
    void anotherForceMayNotEvenRead() {
        long item = item();
        assertThatThrownBy(() -> outcomes.of(item)).isInstanceOf(AccessDeniedException.class);
    }

    private int count(long item) {
        return dsl.fetchCount(OUTCOME_ASSESSMENT, OUTCOME_ASSESSMENT.TRACKED_RECOMMENDATION_ID.eq(item));
    }
}
