package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.base.ConcurrentEditException;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Two people open the same action (or plan), both save: the second is told who changed it and when, the first is kept. */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class TwoLeadsEditTheSameActionTest {

    @Autowired ActionPlanService plans;
    @Autowired ActionService actions;
    @Autowired PlanFixtures fx;

    @Test
    void theSecondSaveOfAnActionIsRefusedAndTheFirstIsKept() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        long actionId = fx.action(planId, "Risk assessment prompts for neurodivergent children");
        long rec1 = fx.item(PlanFixtures.SURREY_MISSING_PERSON, "1", "SURREY");
        ActionDetails firstLoad = action(planId, actionId);
        ActionDetails secondLoad = action(planId, actionId);

        actions.editAction(actionId, new ActionInput(firstLoad.title(), firstLoad.description(), "Missing Persons Coordinator (Sgt Patel)",
                firstLoad.dueOn(), 20, ActionStatus.IN_PROGRESS, Set.of(rec1)), firstLoad.version());

        assertThatThrownBy(() -> actions.editAction(actionId, new ActionInput(secondLoad.title(), secondLoad.description(),
                "Head of Contact Centre", secondLoad.dueOn(), 0, ActionStatus.NOT_STARTED, Set.of(rec1)), secondLoad.version()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by Sam Okafor at")
                .hasMessageContaining("Reload");

        ActionDetails now = action(planId, actionId);
        assertThat(now.ownerName()).isEqualTo("Missing Persons Coordinator (Sgt Patel)");
        assertThat(now.progress()).isEqualTo(20);
        assertThat(now.version()).isEqualTo(firstLoad.version() + 1);
    }

    @Test
    void theSecondSaveOfAPlanSummaryIsRefusedAndTheFirstIsKept() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        int loaded = plans.plan(planId).plan().version();

        plans.saveSummary(planId, "First writer's summary.", loaded);

        assertThatThrownBy(() -> plans.saveSummary(planId, "Second writer's summary.", loaded))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("This action plan was changed by Sam Okafor at");
        assertThat(plans.plan(planId).plan().summary()).isEqualTo("First writer's summary.");
    }

    @Test
    void aWatchdogDecidingOnAPlanThatChangedSinceItWasReadIsToldToReload() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        fx.signIn("hmicfrs");
        int seen = plans.plan(planId).plan().version();
        plans.returnPlan(planId, "Needs dates for the audit.", seen);
        fx.signIn("surrey");
        plans.submit(planId, fx.planVersion(planId));
        fx.signIn("hmicfrs");

        assertThatThrownBy(() -> plans.accept(planId, null, seen)).isInstanceOf(ConcurrentEditException.class);
        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.SUBMITTED);
    }

    private ActionDetails action(long planId, long actionId) {
        return plans.plan(planId).actions().stream().filter(a -> a.id() == actionId).findFirst().orElseThrow();
    }
}
