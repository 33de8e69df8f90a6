package org.oversight.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_LINK;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.report.RecommendationForm;
import org.oversight.report.RecommendationWithRepeats;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * While watchdog staff write a new recommendation, earlier ones that read like it are suggested (the demo's known
 * repeat first); the ones confirmed become links when it is saved, in the same transaction, once.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class SuggestionsWhileWritingTest {

    @Autowired
    RecommendationWithRepeats adder;
    @Autowired
    FreshItems fresh;
    @Autowired
    OutcomeFixtures fixtures;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;

    private String contactManagementText() {
        return dsl.select(RECOMMENDATION.TEXT).from(RECOMMENDATION)
                .where(RECOMMENDATION.ID.eq(fixtures.recommendation(WatchdogConfirmsSuggestedRepeatsTest.CONTACT_MANAGEMENT,
                        "AFI 1"))).fetchSingle(RECOMMENDATION.TEXT);
    }

    private RecommendationForm form(String text) {
        return new RecommendationForm("1", RecommendationKind.RECOMMENDATION, text, Priority.HIGH, Set.of(), false,
                Set.of(fresh.orgId("SURREY")));
    }

    @Test
    void theKnownRepeatIsSuggestedFirstAndLinkedOnceWhenConfirmed() {
        long report = fresh.report();
        String text = contactManagementText();
        List<Suggestion> found = adder.suggestions(report, text, List.of(fresh.orgId("SURREY")));
        assertThat(found).isNotEmpty();
        // the same words in the 2026 report come first, then the IPCC's 2015 recommendation it repeats
        assertThat(found.getFirst().reportReference()).isEqualTo(WatchdogConfirmsSuggestedRepeatsTest.CONTACT_MANAGEMENT);
        Suggestion first = found.stream().filter(s -> s.reportReference().equals(WatchdogConfirmsSuggestedRepeatsTest.BRECK)
                && s.number().equals("1")).findFirst().orElseThrow();

        SubmissionKey key = SubmissionKey.fresh();
        long id = adder.add(report, form(text), Map.of(first.earlierId(), LinkKind.REPEATS), key);
        long again = adder.add(report, form(text), Map.of(first.earlierId(), LinkKind.REPEATS), key);

        assertThat(again).isEqualTo(id);
        assertThat(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(report))).isEqualTo(1);
        assertThat(dsl.select(RECOMMENDATION_LINK.EARLIER_ID, RECOMMENDATION_LINK.KIND).from(RECOMMENDATION_LINK)
                .where(RECOMMENDATION_LINK.RECOMMENDATION_ID.eq(id)).fetch(r -> r.value1() + " " + r.value2()))
                .containsExactly(first.earlierId() + " REPEATS");
    }

    @Test
    void nothingIsLinkedUnlessConfirmed() {
        long report = fresh.report();
        long id = adder.add(report, form(contactManagementText()), Map.of(), SubmissionKey.fresh());

        assertThat(dsl.fetchCount(RECOMMENDATION_LINK, RECOMMENDATION_LINK.RECOMMENDATION_ID.eq(id))).isZero();
    }

    @Test
    void aRefusedLinkSavesNothing() {
        long report = fresh.report();

        // in a savepoint of the test's transaction, as the dialog's save is a transaction of its own
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        assertThatThrownBy(() -> nested.executeWithoutResult(s -> adder.add(report,
                form("Forces should review every call about a missing child."), Map.of(-5L, LinkKind.REPEATS),
                SubmissionKey.fresh()))).isInstanceOf(RuleViolationException.class);

        assertThat(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(report))).isZero();
    }

    @Test
    void tooShortATextIsNotCompared() {
        assertThat(adder.suggestions(fresh.report(), "Calls", List.of())).isEmpty();
    }

    @Test
    @WithUserDetails("iopc")
    void anotherWatchdogsStaffAreOfferedNothingOnThisReport() {
        long hmicfrsReport = fixtures.reportId(WatchdogConfirmsSuggestedRepeatsTest.CONTACT_MANAGEMENT);

        assertThat(adder.suggestions(hmicfrsReport, contactManagementText(), List.of())).isEmpty();
    }
}
