package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Surrey reports AFI 1 of its contact management inspection complete, once HMICFRS has accepted the plan. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class ForceLeadClaimsCompletionTest {

    @Autowired ActionPlanService plans;
    @Autowired ActionService actions;
    @Autowired ProgressService progress;
    @Autowired WorkService work;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;

    long planId;
    long checklist;
    long afi;

    @BeforeEach
    void acceptThePlan() {
        planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        plans.accept(planId, null, fx.planVersion(planId));
        checklist = fx.action(planId, "Refresh the grooming checklist and signposting");
        afi = fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "AFI 1", "SURREY");
        fx.signIn("surrey");
    }

    NewUpdate claim(List<EvidenceUpload> files) {
        return new NewUpdate("The refreshed checklist went live with CEOP and NSPCC signposting.", null,
                LocalDate.now().minusDays(2), null, files);
    }

    @Test
    void aClaimIsRefusedWhileTheActionsAnsweringItAreOpen() {
        int version = fx.itemRow(afi).getVersion();

        assertThatThrownBy(() -> progress.claimComplete(afi, claim(List.of()), version, SubmissionKey.fresh()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Refresh the grooming checklist and signposting")
                .hasMessageContaining("not started");
        assertThat(fx.itemStatus(afi)).isEqualTo(Status.PLAN_ACCEPTED);
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID.eq(afi))).isZero();
    }

    @Test
    void onceTheActionIsDoneTheClaimGoesToTheWatchdogWithItsEvidence() {
        var row = fx.actionRow(checklist);
        actions.editAction(checklist, new ActionInput(row.getTitle(), row.getDescription(), row.getOwnerName(), row.getDueOn(),
                100, ActionStatus.DONE, Set.of(afi)), row.getVersion());
        assertThat(fx.itemStatus(afi)).as("work on an agreed plan has started").isEqualTo(Status.IN_PROGRESS);

        progress.claimComplete(afi, claim(List.of(new EvidenceUpload("checklist-v3.pdf", PlanFixtures.smallPdf()))),
                fx.itemRow(afi).getVersion(), SubmissionKey.fresh());

        var item = fx.itemRow(afi);
        assertThat(item.getStatus()).isEqualTo(Status.REPORTED_COMPLETE);
        assertThat(item.getCompletionSummary()).startsWith("The refreshed checklist went live");
        var update = dsl.selectFrom(PROGRESS_UPDATE).where(PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID.eq(afi)).fetchSingle();
        assertThat(update.getBody()).startsWith("Reported complete:");
        assertThat(dsl.selectFrom(EVIDENCE).where(EVIDENCE.UPDATE_ID.eq(update.getId())).fetchSingle().getFileName())
                .isEqualTo("checklist-v3.pdf");
        assertThat(fx.actionRow(checklist).getCompletedOn()).isNotNull();

        fx.signIn("hmicfrs");
        assertThat(work.queues().claims()).extracting(ClaimAwaiting::trackedId).contains(afi);
    }

    @Test
    void cancelledActionsAloneDoNotMakeARecommendationComplete() {
        var row = fx.actionRow(checklist);
        actions.editAction(checklist, new ActionInput(row.getTitle(), row.getDescription(), row.getOwnerName(), row.getDueOn(),
                0, ActionStatus.CANCELLED, Set.of(afi)), row.getVersion());

        assertThatThrownBy(() -> progress.claimComplete(afi, claim(List.of()), fx.itemRow(afi).getVersion(), SubmissionKey.fresh()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cancelled");
    }
}
