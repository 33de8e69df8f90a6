package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** HMICFRS returns Surrey's contact management plan; Surrey changes it and submits it again. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class ResubmittedPlanShowsWhatChangedTest {

    @Autowired ActionPlanService plans;
    @Autowired PlanChangeService changes;
    @Autowired PlanFixtures fx;

    @Test
    void theWatchdogSeesTheSummaryAndTheActionsAddedRemovedAndChanged() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        String summaryBefore = plans.plan(planId).plan().summary();
        List<ActionDetails> before = plans.plan(planId).actions();
        assertThat(changes.sinceReturn(planId)).as("submitted for the first time: nothing to compare").isEmpty();

        fx.resubmittedContactManagementPlan();

        PlanChanges c = changes.sinceReturn(planId).orElseThrow();
        assertThat(c.summaryBefore()).isEqualTo(summaryBefore);
        assertThat(c.summaryAfter()).isEqualTo("Audit a random sample of 200 calls each quarter.");
        assertThat(c.added()).extracting(PlanChanges.ActionChange::title).containsExactly("Quarterly random sample audit");
        assertThat(c.removed()).extracting(PlanChanges.ActionChange::title).containsExactly(before.get(0).title());
        assertThat(c.changed()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo(before.get(1).title() + " (monthly)");
            assertThat(a.fields()).extracting(PlanChanges.FieldChange::line).containsExactly(
                    "Title: " + before.get(1).title() + " → " + before.get(1).title() + " (monthly)",
                    "Owner: " + before.get(1).ownerName() + " → Superintendent Contact");
        });
        assertThat(c.headline()).isEqualTo("Changed since it was returned: the summary, 1 action added, 1 action removed, "
                + "1 action changed.");
    }

    @Test
    void onceAcceptedThePlanNoLongerShowsTheComparison() {
        long planId = fx.resubmittedContactManagementPlan();
        plans.accept(planId, null, fx.planVersion(planId));

        assertThat(changes.sinceReturn(planId)).isEmpty();
    }
}
