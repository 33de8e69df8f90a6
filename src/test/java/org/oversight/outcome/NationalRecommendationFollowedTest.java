package org.oversight.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.outcome.NationalRecommendation.Recipient;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.Status;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recommendation sent to three forces, followed as a whole by the watchdog that made it: every recipient's status,
 * those still without a plan; one reminder to each of them; several claims verified with one reason, each recorded
 * and audited on its own item, all or nothing, once however often the form is sent.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class NationalRecommendationFollowedTest {

    @Autowired
    NationalFollowUpService national;
    @Autowired
    ReportService reports;
    @Autowired
    FreshItems fresh;
    @Autowired
    DSLContext dsl;

    private long sentToThreeForces() {
        return reports.addRecommendation(fresh.report(), new RecommendationForm("1", RecommendationKind.RECOMMENDATION,
                "Forces should answer 999 calls within ten seconds", Priority.HIGH, Set.of(), false,
                Set.of(fresh.orgId("SURREY"), fresh.orgId("KENT"), fresh.orgId("DEVON_CORNWALL"))), SubmissionKey.fresh());
    }

    private long itemOf(NationalRecommendation n, String name) {
        return n.recipients().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().trackedId();
    }

    private int chased() {
        return dsl.fetchCount(HANDOFF, HANDOFF.KIND.eq("PLAN_CHASED"));
    }

    @Test
    void everyRecipientIsShownAndThoseWithoutAPlanAreRemindedOnce() {
        long rec = sentToThreeForces();
        NationalRecommendation n = national.of(rec).orElseThrow();
        assertThat(n.recipients()).extracting(Recipient::name)
                .containsExactly("Devon and Cornwall Police", "Kent Police", "Surrey Police");
        fresh.putInStatus(itemOf(n, "Kent Police"), Status.PLAN_SUBMITTED);
        n = national.of(rec).orElseThrow();
        assertThat(n.mayAct()).isTrue();
        assertThat(n.withoutPlan()).extracting(Recipient::name).containsExactly("Devon and Cornwall Police", "Surrey Police");
        assertThat(n.summary().describe()).isEqualTo("3 recipients: 1 plan submitted, 2 awaiting a plan");
        int before = chased();

        SubmissionKey key = SubmissionKey.fresh();
        BulkResult sent = national.remindWithoutPlan(rec, "Please send your plan by Friday.", key);
        BulkResult again = national.remindWithoutPlan(rec, "Please send your plan by Friday.", key);

        assertThat(sent.applied()).isEqualTo(2);
        assertThat(again.applied()).isEqualTo(2);
        assertThat(chased()).isEqualTo(before + 2);
        assertThat(dsl.select(HANDOFF.PATH).from(HANDOFF).where(HANDOFF.KIND.eq("PLAN_CHASED"))
                .orderBy(HANDOFF.ID.desc()).limit(2).fetch(HANDOFF.PATH)).containsExactlyInAnyOrder(
                "/recommendations/" + itemOf(n, "Surrey Police"), "/recommendations/" + itemOf(n, "Devon and Cornwall Police"));
    }

    @Test
    void claimsAreVerifiedWithOneReasonEachRecordedAndAuditedOnItsOwnItem() {
        long rec = sentToThreeForces();
        NationalRecommendation n = national.of(rec).orElseThrow();
        long surrey = itemOf(n, "Surrey Police");
        long kent = itemOf(n, "Kent Police");
        fresh.putInStatus(surrey, Status.REPORTED_COMPLETE);
        fresh.putInStatus(kent, Status.REPORTED_COMPLETE);
        Map<Long, Integer> seen = new LinkedHashMap<>();
        seen.put(surrey, fresh.versionOf(surrey));
        seen.put(kent, fresh.versionOf(kent));
        SubmissionKey key = SubmissionKey.fresh();

        BulkResult done = national.verifyClaims(rec, seen, "Call answering now meets the target in both forces.", key);
        BulkResult twice = national.verifyClaims(rec, seen, "Call answering now meets the target in both forces.", key);

        assertThat(done.applied()).isEqualTo(2);
        assertThat(twice.applied()).isEqualTo(2);
        for (long item : List.of(surrey, kent)) {
            assertThat(fresh.statusOf(item)).isEqualTo(Status.VERIFIED_IMPLEMENTED);
            assertThat(dsl.select(STATUS_CHANGE.REASON).from(STATUS_CHANGE)
                    .where(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(item))
                    .and(STATUS_CHANGE.TO_STATUS.eq(Status.VERIFIED_IMPLEMENTED)).fetch(STATUS_CHANGE.REASON))
                    .containsExactly("Call answering now meets the target in both forces.");
            assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("tracked_recommendation")
                    .and(AUDIT_EVENT.ENTITY_ID.eq(item)).and(AUDIT_EVENT.ACTION.eq("STATUS_CHANGE"))
                    .and(AUDIT_EVENT.AFTER_JSON.contains("VERIFIED_IMPLEMENTED")))).isEqualTo(1);
        }
    }

    @Test
    void whenOneChosenItemCannotBeVerifiedNoneIsAndTheResultSaysWhich() {
        long rec = sentToThreeForces();
        NationalRecommendation n = national.of(rec).orElseThrow();
        long surrey = itemOf(n, "Surrey Police");
        long devon = itemOf(n, "Devon and Cornwall Police");
        fresh.putInStatus(surrey, Status.REPORTED_COMPLETE);
        fresh.putInStatus(devon, Status.IN_PROGRESS);
        Map<Long, Integer> seen = new LinkedHashMap<>();
        seen.put(surrey, fresh.versionOf(surrey));
        seen.put(devon, fresh.versionOf(devon));

        assertThatThrownBy(() -> national.verifyClaims(rec, seen, "Both done.", SubmissionKey.fresh()))
                .isInstanceOfSatisfying(BulkRefusedException.class, e -> assertThat(e.refused())
                        .containsExactly("Devon and Cornwall Police: it is in progress, not reported complete."))
                .hasMessageStartingWith("Nothing was done.");
        assertThat(fresh.statusOf(surrey)).isEqualTo(Status.REPORTED_COMPLETE);
    }

    @Test
    void aClaimChangedSinceThePageWasOpenedIsReportedAndABlankReasonRefused() {
        long rec = sentToThreeForces();
        long surrey = itemOf(national.of(rec).orElseThrow(), "Surrey Police");
        fresh.putInStatus(surrey, Status.REPORTED_COMPLETE);
        int stale = fresh.versionOf(surrey) - 1;

        assertThatThrownBy(() -> national.verifyClaims(rec, Map.of(surrey, stale), "Done.", SubmissionKey.fresh()))
                .isInstanceOfSatisfying(BulkRefusedException.class, e -> assertThat(e.refused())
                        .containsExactly("Surrey Police: it was changed by someone else since you opened the page."));
        assertThatThrownBy(() -> national.verifyClaims(rec, Map.of(surrey, fresh.versionOf(surrey)), " \u200b ",
                SubmissionKey.fresh())).isInstanceOf(InvalidInputException.class);
        assertThat(fresh.statusOf(surrey)).isEqualTo(Status.REPORTED_COMPLETE);
    }

    @Test
    @WithUserDetails("surrey")
    void aForceSeesOnlyItsOwnRowAndTakesNoBulkAction() {
        long rec = demoRecommendationWithManyRecipients();
        NationalRecommendation n = national.of(rec).orElseThrow();

        assertThat(n.recipients()).extracting(Recipient::name).containsOnly("Surrey Police");
        assertThat(n.mayAct()).isFalse();
        assertThatThrownBy(() -> national.remindWithoutPlan(rec, null, SubmissionKey.fresh()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("iopc")
    void anotherWatchdogsStaffReadButDoNotAct() {
        long rec = demoRecommendationWithManyRecipients();
        NationalRecommendation n = national.of(rec).orElseThrow();

        assertThat(n.recipients()).hasSizeGreaterThan(1);
        assertThat(n.mayAct()).isFalse();
        assertThatThrownBy(() -> national.verifyClaims(rec, Map.of(n.recipients().getFirst().trackedId(), 0), "x",
                SubmissionKey.fresh())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("which made this recommendation");
    }

    /** An HMICFRS recommendation of the demo sent to Surrey among others. */
    private long demoRecommendationWithManyRecipients() {
        var t = TRACKED_RECOMMENDATION;
        var other = TRACKED_RECOMMENDATION.as("other");
        return dsl.select(t.RECOMMENDATION_ID).from(t)
                .join(org.oversight.db.Tables.RECOMMENDATION).on(org.oversight.db.Tables.RECOMMENDATION.ID.eq(t.RECOMMENDATION_ID))
                .join(org.oversight.db.Tables.REPORT).on(org.oversight.db.Tables.REPORT.ID
                        .eq(org.oversight.db.Tables.RECOMMENDATION.REPORT_ID))
                .where(t.RECIPIENT_ID.eq(fresh.orgId("SURREY")))
                .and(org.oversight.db.Tables.REPORT.REFERENCE.startsWith("HMICFRS"))
                .and(dsl.selectCount().from(other).where(other.RECOMMENDATION_ID.eq(t.RECOMMENDATION_ID))
                        .asField().cast(Integer.class).gt(1))
                .orderBy(t.RECOMMENDATION_ID).limit(1).fetchSingle(t.RECOMMENDATION_ID);
    }
}
