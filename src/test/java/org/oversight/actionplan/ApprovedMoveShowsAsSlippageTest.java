package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.DUE_DATE_REVISION;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.chart.DeadlineSlippage;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slippage as users mean it (decision 0010): the watchdog's approval of a later date shows at once as "moved
 * later" in the dashboard's slippage chart, in the bucket of the days it moved; and dates outside the plausible
 * window, or before the report was published, are refused on the field.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class ApprovedMoveShowsAsSlippageTest {

    @Autowired ActionPlanService plans;
    @Autowired DueDateService dueDates;
    @Autowired DashboardService dashboard;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;

    long actionId;
    LocalDate agreed;

    @BeforeEach
    void acceptThePlan() {
        long planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        plans.accept(planId, null, fx.planVersion(planId));
        actionId = fx.action(planId, "Refresh the grooming checklist and signposting");
        agreed = fx.actionRow(actionId).getAgreedDueOn();
    }

    DeadlineSlippage slippage() {
        return dashboard.dashboard(DashboardFilter.NONE).slippage().data();
    }

    @Test
    void anApprovedMoveOfSixtyNineDaysCountsAsMovedLaterAtOnce() {
        DeadlineSlippage before = slippage();
        fx.signIn("surrey");
        dueDates.revise(actionId, agreed.plusDays(69), "The supplier needs ten more weeks.",
                fx.actionRow(actionId).getVersion());
        fx.signIn("hmicfrs");
        long revisionId = dsl.select(DUE_DATE_REVISION.ID).from(DUE_DATE_REVISION)
                .where(DUE_DATE_REVISION.ACTION_ID.eq(actionId)).fetchSingle().value1();
        assertThat(slippage()).as("a pending request moves nothing").isEqualTo(before);

        dueDates.decide(revisionId, true, "Agreed.");

        DeadlineSlippage after = slippage();
        // 69 days falls in 31–90 (index 1): one more there, one fewer on time, the other measures unchanged
        assertThat(after.buckets().get(1).movedLater()).isEqualTo(before.buckets().get(1).movedLater() + 1);
        assertThat(after.movedLater()).isEqualTo(before.movedLater() + 1);
        assertThat(after.onTime()).isEqualTo(before.onTime() - 1);
        assertThat(after.finishedLate()).isEqualTo(before.finishedLate());
        assertThat(after.total()).isEqualTo(before.total());
    }

    @Test
    void aRevisedDateBeforeTheReportWasPublishedOrFarAheadIsRefusedOnTheField() {
        fx.signIn("surrey");
        int version = fx.actionRow(actionId).getVersion();
        assertThatThrownBy(() -> dueDates.revise(actionId, LocalDate.of(1800, 1, 1), "Typo", version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("dueOn"))
                        .startsWith("The due date must be between 1 January 1990 and "));
        assertThatThrownBy(() -> dueDates.revise(actionId, LocalDate.of(9999, 12, 31), "Typo", version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("dueOn"));
        assertThatThrownBy(() -> dueDates.revise(actionId, LocalDate.of(1995, 1, 1), "Typo", version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("dueOn"))
                        .startsWith("The due date cannot be before the report was published on "));
        assertThat(fx.actionRow(actionId).getDueOn()).isEqualTo(agreed);
    }
}
