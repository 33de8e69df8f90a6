package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.ACTION_PLAN_EVENT;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.CLOCK;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.deadline.ClockLabels;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class ForceLeadSubmitsActionPlanTest {

    @Autowired ActionPlanService plans;
    @Autowired ActionService actions;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    @Test
    void submittingIsRefusedWhileARecommendationHasNoActionAndNothingChanges() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        long rec2 = fx.item(PlanFixtures.SURREY_MISSING_PERSON, "2", "SURREY");

        assertThatThrownBy(() -> plans.submit(planId, fx.planVersion(planId)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Recommendation 2");

        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.DRAFT);
        assertThat(fx.itemStatus(rec2)).isEqualTo(Status.PLAN_AWAITED);
    }

    @Test
    void leadAddsTheMissingActionAndSubmitsThePlanForBothItems() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        long rec1 = fx.item(PlanFixtures.SURREY_MISSING_PERSON, "1", "SURREY");
        long rec2 = fx.item(PlanFixtures.SURREY_MISSING_PERSON, "2", "SURREY");
        LocalDate due = LocalDate.now().plusMonths(3);

        long actionId = actions.addAction(planId, new ActionInput("Review grading training with the autism partnership board",
                "Review and refresh the training on grading missing person reports.", "Contact Centre Training Manager",
                due, 0, ActionStatus.NOT_STARTED, Set.of(rec2)), SubmissionKey.fresh());
        plans.submit(planId, fx.planVersion(planId));

        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(fx.itemStatus(rec1)).isEqualTo(Status.PLAN_SUBMITTED);
        assertThat(fx.itemStatus(rec2)).isEqualTo(Status.PLAN_SUBMITTED);
        assertThat(fx.itemRow(rec2).getTargetOn()).isEqualTo(due);
        assertThat(fx.itemRow(rec2).getDueOn()).as("no deadline runs while the watchdog decides").isNull();
        assertThat(dsl.fetchExists(ACTION_PLAN_EVENT, ACTION_PLAN_EVENT.PLAN_ID.eq(planId).and(ACTION_PLAN_EVENT.EVENT.eq("SUBMITTED")))).isTrue();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PLAN_SUBMITTED").and(AUDIT_EVENT.ENTITY_ID.eq(planId)))).isTrue();
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACTION_CREATED").and(AUDIT_EVENT.ENTITY_ID.eq(actionId)))).isTrue();
        // both response clocks stop on submission: met today, not at the next clock sync
        assertThat(dsl.select(CLOCK.MET_ON).from(CLOCK).where(CLOCK.TRACKED_RECOMMENDATION_ID.in(rec1, rec2))
                .and(CLOCK.RULE.in(ClockLabels.responseRules())).fetch(CLOCK.MET_ON))
                .hasSize(2).containsOnly(LocalDate.now(clock));
    }

    @Test
    void aSubmittedPlanIsLockedForTheLead() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        long afi = fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "AFI 1", "SURREY");

        assertThatThrownBy(() -> actions.addAction(planId, new ActionInput("Late addition", null, "Someone",
                LocalDate.now().plusDays(30), 0, ActionStatus.NOT_STARTED, Set.of(afi)), SubmissionKey.fresh()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("with the watchdog");
        assertThatThrownBy(() -> plans.submit(planId, fx.planVersion(planId))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anActionNeedsTitleOwnerDateAndTheItemsItAnswers() {
        long planId = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");

        assertThatThrownBy(() -> actions.addAction(planId, new ActionInput(" ", null, "", null, 120, null, Set.of()), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("title", "ownerName", "dueOn", "progress", "answers"));
    }

    @Test
    void startingAPlanForAReportWithAPlanReturnsTheExistingOne() {
        long reportId = fx.report(PlanFixtures.SURREY_MISSING_PERSON);

        assertThat(plans.startPlan(reportId)).isEqualTo(fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY"));
    }

    @Test
    void leadStartsADraftPlanForAReportWithoutOne() {
        long reportId = fx.report("HMICFRS-2026-THEM-ONLINE");
        long devonPlanCount = dsl.fetchCount(org.oversight.db.Tables.ACTION_PLAN);
        fx.signIn("devon");

        long planId = plans.startPlan(reportId);

        assertThat(fx.planStatus(planId)).isEqualTo(PlanStatus.DRAFT);
        assertThat(dsl.fetchCount(org.oversight.db.Tables.ACTION_PLAN)).isEqualTo(devonPlanCount + 1);
        assertThat(plans.plan(planId).items()).extracting(PlanItem::number).containsExactly("CoC 1", "1", "2");
        assertThat(dsl.fetchExists(ACTION_PLAN_EVENT, ACTION_PLAN_EVENT.PLAN_ID.eq(planId).and(ACTION_PLAN_EVENT.EVENT.eq("CREATED")))).isTrue();
    }
}
