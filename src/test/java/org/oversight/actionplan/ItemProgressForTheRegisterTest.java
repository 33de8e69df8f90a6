package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** What the register's detail view shows of a recommendation's actions, updates and evidence. */
@DatabaseTest
@Transactional
class ItemProgressForTheRegisterTest {

    @Autowired ActionPlanService plans;
    @Autowired PlanFixtures fx;

    @Test
    @WithUserDetails("surrey")
    void surreySeesTheChecklistAndTrainingDayAnsweringBrecksRecommendation2WithEvidence() {
        long item = fx.item(PlanFixtures.SURREY_BRECK, "2", "SURREY");

        ItemProgress progress = plans.progressOf(item);

        assertThat(progress.planId()).isEqualTo(fx.plan(PlanFixtures.SURREY_BRECK, "SURREY"));
        assertThat(progress.planStatus()).isEqualTo(PlanStatus.ACCEPTED);
        assertThat(progress.actions()).extracting(ActionDetails::title).containsExactly(
                "Child sexual exploitation and grooming checklist in the contact centre",
                "Dedicated training day for contact centre staff",
                "Assurance audit of grooming-related calls");
        assertThat(progress.actions().get(0).updates()).flatExtracting(UpdateEntry::evidence)
                .extracting(EvidenceEntry::fileName).contains("cse-grooming-checklist-v2.pdf");
        ActionDetails training = progress.actions().get(1);
        assertThat(training.originalDueOn()).isBefore(training.dueOn());
        assertThat(training.revisions()).singleElement().satisfies(r -> assertThat(r.reason()).contains("Easter"));
    }

    @Test
    @WithUserDetails("iopc")
    void watchdogStaffSeeIt() {
        assertThat(plans.progressOf(fx.item(PlanFixtures.SURREY_BRECK, "1", "SURREY")).actions()).hasSize(2);
    }

    @Test
    @WithUserDetails("devon")
    void anotherForceDoesNot() {
        long item = fx.item(PlanFixtures.SURREY_BRECK, "2", "SURREY");

        assertThatThrownBy(() -> plans.progressOf(item)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("devon")
    void anItemWithoutAPlanHasNoActions() {
        ItemProgress progress = plans.progressOf(fx.item("HMICFRS-2026-THEM-ONLINE", "2", "DEVON_CORNWALL"));

        assertThat(progress.planId()).isNull();
        assertThat(progress.actions()).isEmpty();
    }
}
