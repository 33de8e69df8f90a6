package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.HANDOFF_MAIL;
import static org.oversight.db.Tables.INBOX_ENTRY;

import org.jooq.DSLContext;
import org.jooq.Record3;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.Transition;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surrey's chief constable is copied when the watchdog sends Surrey's work back a second time, or reopens a closed
 * recommendation: an inbox entry for information and a mail that says why. The mail rows are what the outbox will
 * send once the decision commits (EveryHandoffIsMailedOnceAfterCommitTest follows mail through SMTP).
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class ChiefOfficerIsCopiedOnEscalationsTest {

    static final String CHIEF = "chief.surrey@demo.oversight.invalid";

    @Autowired PlanFixtures fx;
    @Autowired ActionPlanService plans;
    @Autowired RecommendationWorkflow workflow;
    @Autowired FreshItems fresh;
    @Autowired DSLContext dsl;

    @Test
    void aPlanReturnedOnceStaysWithTheLeadsAndAPlanReturnedAgainReachesTheChief() {
        int before = copiesToTheChief();
        long planId = fx.resubmittedContactManagementPlan();
        assertThat(copiesToTheChief()).as("returned once: the leads' business").isEqualTo(before);

        plans.returnPlan(planId, "The sample is still not explained.", fx.planVersion(planId));

        Record3<String, String, Boolean> copy = latestToTheChief();
        assertThat(copy.value1()).isEqualTo("Escalated: Action plan returned, changes needed: "
                + PlanFixtures.SURREY_CONTACT_MANAGEMENT + ", Surrey Police");
        assertThat(copy.value2()).contains("You are copied as chief officer: The watchdog has now returned this action plan twice.")
                .contains("The sample is still not explained.").contains("/plans/" + planId);
        assertThat(copy.value3()).as("for information: the leads act on it").isFalse();
        assertThat(dsl.select(HANDOFF_MAIL.TO_ADDRESS).from(HANDOFF_MAIL).join(HANDOFF).on(HANDOFF.ID.eq(HANDOFF_MAIL.HANDOFF_ID))
                .where(HANDOFF.ID.eq(latestHandoff())).fetch(HANDOFF_MAIL.TO_ADDRESS))
                .as("the leads receive it as before").contains("surrey@demo.oversight.invalid", CHIEF);
    }

    @Test
    void aClosedRecommendationReopenedReachesTheChief() {
        long item = fresh.itemFor("SURREY");
        fresh.putInStatus(item, Status.VERIFIED_IMPLEMENTED);
        long before = copiesToTheChief();

        workflow.apply(item, Transition.REOPEN, "The policy was withdrawn.", fresh.versionOf(item));

        assertThat(copiesToTheChief()).isEqualTo(before + 1);
        assertThat(latestToTheChief().value2()).contains("You are copied as chief officer: A recommendation that was closed is open again.")
                .contains("The policy was withdrawn.");
    }

    @Test
    void anAcceptedPlanIsNoEscalation() {
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Refresh the call-handling checklist");
        assertThat(dsl.fetchCount(INBOX_ENTRY, INBOX_ENTRY.HANDOFF_ID.in(dsl.select(HANDOFF.ID).from(HANDOFF)
                .where(HANDOFF.PATH.eq("/plans/" + plan.planId())))
                .and(INBOX_ENTRY.USER_ID.eq(fx.userId("chief.surrey"))))).isZero();
    }

    private long latestHandoff() {
        return dsl.select(HANDOFF.ID).from(HANDOFF).orderBy(HANDOFF.ID.desc()).limit(1).fetchSingle().value1();
    }

    private int copiesToTheChief() {
        return dsl.fetchCount(HANDOFF_MAIL, HANDOFF_MAIL.TO_ADDRESS.eq(CHIEF));
    }

    private Record3<String, String, Boolean> latestToTheChief() {
        return dsl.select(HANDOFF_MAIL.SUBJECT, HANDOFF_MAIL.TEXT_BODY, INBOX_ENTRY.NEEDS_ACTION).from(HANDOFF_MAIL)
                .join(INBOX_ENTRY).on(INBOX_ENTRY.HANDOFF_ID.eq(HANDOFF_MAIL.HANDOFF_ID).and(INBOX_ENTRY.USER_ID.eq(HANDOFF_MAIL.USER_ID)))
                .where(HANDOFF_MAIL.TO_ADDRESS.eq(CHIEF)).orderBy(HANDOFF_MAIL.ID.desc()).limit(1).fetchSingle();
    }
}
