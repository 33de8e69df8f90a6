package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.evidence.EvidenceService;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Devon and Cornwall's lead tries Surrey's plans, actions, items and evidence by id. */
@DatabaseTest
@Transactional
@WithUserDetails("devon")
class OtherForceIsKeptOutTest {

    @Autowired ActionPlanService plans;
    @Autowired PlanPages pages;
    @Autowired ActionService actions;
    @Autowired DueDateService dueDates;
    @Autowired ProgressService progress;
    @Autowired EvidenceService evidence;
    @Autowired PlanFixtures fx;

    long surreyPlan() {
        return fx.plan(PlanFixtures.SURREY_BRECK, "SURREY");
    }

    long surreyAction() {
        return fx.action(fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY"), "Risk assessment prompts for neurodivergent children");
    }

    @Test
    void cannotReadSurreysPlan() {
        long planId = surreyPlan();
        assertThatThrownBy(() -> plans.plan(planId)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("There is no action plan " + planId + " that you can see.");
        assertThatThrownBy(() -> pages.page(planId)).as("the plan page, read at once").isInstanceOf(AccessDeniedException.class)
                .hasMessage("There is no action plan " + planId + " that you can see.");
    }

    @Test
    void cannotReadOneOfSurreysActions() {
        long actionId = surreyAction();
        assertThatThrownBy(() -> actions.action(actionId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.planOf(actionId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("surrey")
    void surreysLeadReadsTheActionAsThePlanShowsIt() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        long actionId = surreyAction();
        assertThat(actions.action(actionId)).isEqualTo(plans.plan(planId).actions().stream()
                .filter(a -> a.id() == actionId).findFirst().orElseThrow());
    }

    @Test
    void cannotChangeOrSubmitSurreysPlan() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        int version = fx.planVersion(planId);
        long rec2 = fx.item(PlanFixtures.SURREY_MISSING_PERSON, "2", "SURREY");

        assertThatThrownBy(() -> plans.saveSummary(planId, "Hijacked", version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.submit(planId, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.addAction(planId, new ActionInput("Hijack", null, "Me", LocalDate.now().plusDays(9), 0,
                ActionStatus.NOT_STARTED, Set.of(rec2)), SubmissionKey.fresh())).isInstanceOf(AccessDeniedException.class);
        assertThat(fx.planVersion(planId)).isEqualTo(version);
    }

    @Test
    void cannotEditReviseOrUpdateSurreysActions() {
        long actionId = surreyAction();
        var row = fx.actionRow(actionId);

        assertThatThrownBy(() -> actions.editAction(actionId, new ActionInput("Hijack", null, "Me", row.getDueOn(), 0,
                ActionStatus.NOT_STARTED, Set.of()), row.getVersion())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.deleteAction(actionId, row.getVersion())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dueDates.revise(actionId, row.getDueOn().plusDays(3), "Because", row.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.postActionUpdate(actionId, new NewUpdate("Hijack", 50, null, null, List.of()), SubmissionKey.fresh()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.actionRow(actionId).getTitle()).isEqualTo(row.getTitle());
    }

    @Test
    void cannotUpdateOrClaimSurreysRecommendations() {
        long item = fx.item(PlanFixtures.SURREY_MISSING_PERSON, "1", "SURREY");

        assertThatThrownBy(() -> progress.postItemUpdate(item, new NewUpdate("Hijack", null, null, null, List.of()), SubmissionKey.fresh()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.claimComplete(item, new NewUpdate("Done", null, null, null, List.of()), 0, SubmissionKey.fresh()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cannotDownloadSurreysEvidence() {
        long evidenceId = fx.evidenceOnAFreshItem("surrey", "SURREY", "checklist.pdf", PlanFixtures.smallPdf());

        assertThatThrownBy(() -> evidence.download(evidenceId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cannotLinkSurreysRecommendationToItsOwnAction() {
        long devonPlan = fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL");
        long surreyItem = fx.item(PlanFixtures.SURREY_MISSING_PERSON, "1", "SURREY");

        assertThatThrownBy(() -> actions.addAction(devonPlan, new ActionInput("Sneaky link", null, "Me",
                LocalDate.now().plusDays(20), 0, ActionStatus.NOT_STARTED, Set.of(surreyItem)), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("answers"));
    }

    @Test
    void surreysChiefOfficerReadsThePlanButCannotChangeIt() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        long surreyEvidence = fx.evidenceOnAFreshItem("surrey", "SURREY", "checklist.pdf", PlanFixtures.smallPdf());
        fx.signIn("chief.surrey");

        PlanDetails details = plans.plan(planId);
        assertThat(details.can().editActions()).isFalse();
        assertThat(details.can().submit()).isFalse();
        assertThatThrownBy(() -> plans.submit(planId, fx.planVersion(planId))).isInstanceOf(AccessDeniedException.class);
        assertThat(evidence.download(surreyEvidence).content()).isNotEmpty();
    }

    @Test
    void devonReadsItsOwnPlanAndEvidence() {
        long planId = fx.plan("HMIC-2015-NCPI-DC", "DEVON_CORNWALL");
        long devonEvidence = fx.evidenceOnAFreshItem("devon", "DEVON_CORNWALL", "protocol.pdf", PlanFixtures.smallPdf());

        assertThat(plans.plan(planId).actions()).extracting(ActionDetails::title)
                .contains("New multi-agency risk-assessment approach", "Additional training for all frontline staff");
        assertThat(evidence.download(devonEvidence).contentType()).isEqualTo("application/pdf");
    }
}
