package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.ACTION;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** HMICFRS decides on Surrey's submitted contact management plan. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogDecidesOnActionPlanTest {

    static final List<String> ITEMS = List.of("CoC 1", "1", "2", "AFI 1");

    @Autowired ActionPlanService plans;
    @Autowired ActionService actions;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    @Autowired WorkService work;

    long plan() {
        return fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
    }

    List<Status> itemStatuses() {
        return ITEMS.stream().map(n -> fx.itemStatus(fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, n, "SURREY"))).toList();
    }

    @Test
    void acceptingAgreesTheDatesAndMovesEveryItemToPlanAccepted() {
        long planId = plan();

        plans.accept(planId, "A credible plan.", fx.planVersion(planId));

        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.ACCEPTED);
        assertThat(itemStatuses()).containsOnly(Status.PLAN_ACCEPTED);
        assertThat(dsl.selectFrom(ACTION).where(ACTION.PLAN_ID.eq(planId)).fetch())
                .allSatisfy(a -> assertThat(a.getAgreedDueOn()).isEqualTo(a.getDueOn()));
        long coc = fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "CoC 1", "SURREY");
        var latest = dsl.select(org.jooq.impl.DSL.max(ACTION.DUE_ON)).from(ACTION).where(ACTION.PLAN_ID.eq(planId)
                .and(ACTION.TITLE.in("Audit of calls about online harm to children",
                        "Supervisor review of online harm calls closed without deployment"))).fetchSingle().value1();
        assertThat(fx.itemRow(coc).getTargetOn()).as("the latest due date of the actions answering it").isEqualTo(latest);
        assertThat(fx.itemRow(coc).getDueOn()).as("the implementation target now runs").isEqualTo(latest);
        assertThat(plans.plan(planId).history()).extracting(PlanEventEntry::event).endsWith("SUBMITTED", "ACCEPTED");
    }

    @Test
    void returningNeedsReasonsAndSendsTheItemsBackToAwaitingAPlan() {
        long planId = plan();

        assertThatThrownBy(() -> plans.returnPlan(planId, "  ", fx.planVersion(planId)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("reason"));
        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.SUBMITTED);

        plans.returnPlan(planId, "Say how the audit sample will be chosen.", fx.planVersion(planId));

        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.RETURNED);
        assertThat(itemStatuses()).containsOnly(Status.PLAN_AWAITED);
        long item = fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "1", "SURREY");
        assertThat(fx.itemRow(item).getDueOn()).as("the response deadline runs again").isEqualTo(fx.itemRow(item).getResponseDueOn());
        PlanDetails details = plans.plan(planId);
        assertThat(details.plan().decisionReason()).isEqualTo("Say how the audit sample will be chosen.");
        assertThat(details.history()).last().satisfies(e -> {
            assertThat(e.event()).isEqualTo("RETURNED");
            assertThat(e.reason()).isEqualTo("Say how the audit sample will be chosen.");
        });
    }

    @Test
    void leadRevisesAReturnedPlanAndResubmitsIt() {
        long planId = plan();
        plans.returnPlan(planId, "Bring the audit forward.", fx.planVersion(planId));

        fx.signIn("surrey");
        long audit = fx.action(planId, "Audit of calls about online harm to children");
        var row = fx.actionRow(audit);
        actions.editAction(audit, new ActionInput(row.getTitle(), "Sample every call, not a selection.", row.getOwnerName(),
                row.getDueOn(), 0, ActionStatus.NOT_STARTED, java.util.Set.copyOf(
                        List.of(fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "CoC 1", "SURREY"),
                                fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "1", "SURREY")))), row.getVersion());
        plans.submit(planId, fx.planVersion(planId));

        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(itemStatuses()).containsOnly(Status.PLAN_SUBMITTED);
        assertThat(plans.plan(planId).history()).extracting(PlanEventEntry::event)
                .containsSubsequence("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED");
    }

    @Test
    void anotherWatchdogCannotDecideOnHmicfrsPlans() {
        long planId = plan();
        fx.signIn("iopc");

        assertThatThrownBy(() -> plans.accept(planId, null, fx.planVersion(planId))).isInstanceOf(AccessDeniedException.class);
        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void theForceCannotAcceptItsOwnPlan() {
        long planId = plan();
        fx.signIn("surrey");

        assertThatThrownBy(() -> plans.accept(planId, null, fx.planVersion(planId))).isInstanceOf(AccessDeniedException.class);
        assertThat(itemStatuses()).containsOnly(Status.PLAN_SUBMITTED);
    }

    @Test
    void theQueueListsThePlanUntilItIsDecided() {
        long planId = plan();
        WatchdogQueues before = work.queues();
        assertThat(before.plans()).extracting(PlanSummary::planId).contains(planId);

        plans.accept(planId, null, fx.planVersion(planId));

        WatchdogQueues after = work.queues();
        assertThat(after.plans()).extracting(PlanSummary::planId).doesNotContain(planId);
        assertThat(after.plansCount()).isEqualTo(before.plansCount() - 1);
    }

    @Test
    void anotherWatchdogsQueueDoesNotShowHmicfrsPlans() {
        long planId = plan();
        fx.signIn("iopc");

        assertThat(work.queues().plans()).extracting(PlanSummary::planId).doesNotContain(planId);
    }
}
