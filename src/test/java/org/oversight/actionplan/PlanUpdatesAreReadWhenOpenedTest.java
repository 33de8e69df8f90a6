package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan page carries how many updates each action and item has; the updates themselves, with their evidence, are
 * read when the reader opens them ({@link PlanUpdates}), by whoever may read the plan, and only the plan's own.
 */
@DatabaseTest
@Transactional
@WithUserDetails("devon")
class PlanUpdatesAreReadWhenOpenedTest {

    @Autowired ActionPlanService plans;
    @Autowired ProgressService progress;
    @Autowired PlanUpdates updates;
    @Autowired PlanFixtures fx;

    @Test
    void thePageCountsTheUpdatesAndOpeningThemReadsThemNewestFirst() {
        long planId = fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL");
        long actionId = fx.action(planId, "Renewed custody protocols with the local authorities");
        long item = fx.item(PlanFixtures.DEVON_CUSTODY, "2", "DEVON_CORNWALL");
        int actionBefore = count(plans.plan(planId), actionId);
        int itemBefore = plans.plan(planId).itemUpdateCounts().getOrDefault(item, 0);

        progress.postActionUpdate(actionId, new NewUpdate("Protocol agreed with two of the four local authorities.", 40,
                LocalDate.now().minusDays(2), null, List.of(new EvidenceUpload("protocol.pdf", PlanFixtures.smallPdf()))),
                SubmissionKey.fresh());
        progress.postActionUpdate(actionId, new NewUpdate("Third local authority signed.", 60, null, null, List.of()),
                SubmissionKey.fresh());
        progress.postItemUpdate(item, new NewUpdate("Shift-change reviews piloted at Exeter custody.", null, null, null,
                List.of()), SubmissionKey.fresh());

        PlanDetails page = plans.plan(planId);
        assertThat(count(page, actionId)).isEqualTo(actionBefore + 2);
        assertThat(page.itemUpdateCounts()).containsEntry(item, itemBefore + 1);
        List<UpdateEntry> onAction = updates.ofAction(planId, actionId);
        assertThat(onAction).hasSize(actionBefore + 2);
        assertThat(onAction.get(0).body()).isEqualTo("Third local authority signed.");
        assertThat(onAction.get(1).body()).isEqualTo("Protocol agreed with two of the four local authorities.");
        assertThat(onAction.get(1).evidence()).extracting(EvidenceEntry::fileName).containsExactly("protocol.pdf");
        assertThat(updates.ofItem(planId, item)).extracting(UpdateEntry::body)
                .startsWith("Shift-change reviews piloted at Exeter custody.").hasSize(itemBefore + 1);
        assertThat(updates.countOfItem(planId, item)).as("the count the page shows after a post").isEqualTo(itemBefore + 1);
    }

    @Test
    void anotherPlansActionOrItemHasNoUpdatesHereAndAnotherForcesPlanIsRefused() {
        long devonPlan = fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL");
        long surreyPlan = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        long surreyAction = fx.action(surreyPlan, "Risk assessment prompts for neurodivergent children");
        long surreyItem = fx.item(PlanFixtures.SURREY_MISSING_PERSON, "1", "SURREY");
        fx.signIn("surrey");
        progress.postActionUpdate(surreyAction, new NewUpdate("Prompts drafted.", 20, null, null, List.of()), SubmissionKey.fresh());
        progress.postItemUpdate(surreyItem, new NewUpdate("Pilot started.", null, null, null, List.of()), SubmissionKey.fresh());
        assertThat(updates.ofAction(surreyPlan, surreyAction)).isNotEmpty();
        assertThat(updates.ofItem(surreyPlan, surreyItem)).isNotEmpty();
        fx.signIn("devon");

        // through Devon's own plan: Surrey's action and item are not that plan's
        assertThat(updates.ofAction(devonPlan, surreyAction)).isEmpty();
        assertThat(updates.ofItem(devonPlan, surreyItem)).isEmpty();
        assertThat(updates.countOfItem(devonPlan, surreyItem)).isZero();
        // through Surrey's plan: refused, as the plan itself is
        assertThatThrownBy(() -> updates.ofAction(surreyPlan, surreyAction)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> updates.ofItem(surreyPlan, surreyItem)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> updates.countOfItem(surreyPlan, surreyItem)).isInstanceOf(AccessDeniedException.class);
    }

    private static int count(PlanDetails page, long actionId) {
        return page.actions().stream().filter(a -> a.id() == actionId).findFirst().orElseThrow().updateCount();
    }
}
