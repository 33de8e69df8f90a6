package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN_EVENT;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surrey's lead sends the same form twice (a double click, a resent request): the service answers the repeat with
 * what the first made, and the database holds one update, one file, one action and one plan event.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class ForceLeadSendsTheSameFormTwiceTest {

    @Autowired ActionService actions;
    @Autowired ProgressService progress;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;

    long item;
    long planId;
    long actionId;

    @BeforeEach
    void anAcceptedPlanWithOneAction() {
        PlanFixtures.AcceptedPlan plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Train every call handler");
        item = plan.item();
        planId = plan.planId();
        actionId = plan.actionId();
    }

    ActionInput action(String title) {
        return new ActionInput(title, null, "Head of Contact Centre", LocalDate.now().plusMonths(3), 0, null, Set.of(item));
    }

    @Test
    void anUpdateWithEvidenceSentTwiceIsPostedAndStoredOnce() {
        SubmissionKey key = SubmissionKey.fresh();
        NewUpdate update = new NewUpdate("Half the call handlers trained.", 50, LocalDate.now().minusDays(1), null,
                List.of(new EvidenceUpload("attendance.pdf", PlanFixtures.smallPdf())));

        long first = progress.postActionUpdate(actionId, update, key);
        long second = progress.postActionUpdate(actionId, update, key);

        assertThat(second).isEqualTo(first);
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(actionId))).isEqualTo(1);
        assertThat(dsl.fetchCount(EVIDENCE, EVIDENCE.UPDATE_ID.eq(first))).isEqualTo(1);
    }

    @Test
    void anUpdateOnTheRecommendationSentTwiceIsPostedOnce() {
        SubmissionKey key = SubmissionKey.fresh();
        NewUpdate update = new NewUpdate("The board has seen the plan.", null, null, null, List.of());

        progress.postItemUpdate(item, update, key);
        progress.postItemUpdate(item, update, key);

        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID.eq(item))).isEqualTo(1);
    }

    @Test
    void anActionSentTwiceIsAddedOnceWithOnePlanEvent() {
        SubmissionKey key = SubmissionKey.fresh();

        long first = actions.addAction(planId, action("Audit the signposting"), key);
        long second = actions.addAction(planId, action("Audit the signposting"), key);

        assertThat(second).isEqualTo(first);
        assertThat(dsl.fetchCount(ACTION, ACTION.PLAN_ID.eq(planId).and(ACTION.TITLE.eq("Audit the signposting")))).isEqualTo(1);
        assertThat(dsl.fetchCount(ACTION_PLAN_EVENT, ACTION_PLAN_EVENT.PLAN_ID.eq(planId)
                .and(ACTION_PLAN_EVENT.EVENT.eq("REVISED")))).isEqualTo(1);
    }

    @Test
    void twoFormsWithTheSameTextAreTwoUpdates() {
        NewUpdate update = new NewUpdate("Weekly check done.", null, null, null, List.of());

        progress.postItemUpdate(item, update, SubmissionKey.fresh());
        progress.postItemUpdate(item, update, SubmissionKey.fresh());

        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID.eq(item))).isEqualTo(2);
    }
}
