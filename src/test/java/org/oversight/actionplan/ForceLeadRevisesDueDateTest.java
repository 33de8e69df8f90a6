package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.DUE_DATE_REVISION;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Surrey's contact management plan, accepted by HMICFRS in each test's setup, then a date has to move. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class ForceLeadRevisesDueDateTest {

    @Autowired ActionPlanService plans;
    @Autowired DueDateService dueDates;
    @Autowired WorkService work;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;

    long planId;
    long actionId;
    long item;
    LocalDate agreed;

    @BeforeEach
    void acceptThePlanAndSignInAsTheLead() {
        planId = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        plans.accept(planId, null, fx.planVersion(planId));
        actionId = fx.action(planId, "Refresh the grooming checklist and signposting");
        item = fx.item(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "AFI 1", "SURREY");
        agreed = fx.actionRow(actionId).getAgreedDueOn();
        fx.signIn("surrey");
    }

    int version() {
        return fx.actionRow(actionId).getVersion();
    }

    @Test
    void anEarlierDateAppliesAtOnceAndTheOriginalIsKept() {
        LocalDate original = fx.actionRow(actionId).getOriginalDueOn();
        LocalDate earlier = agreed.minusDays(10);

        RevisionStatus outcome = dueDates.revise(actionId, earlier, "Supplier delivered early.", version());

        assertThat(outcome).isEqualTo(RevisionStatus.APPLIED);
        var action = fx.actionRow(actionId);
        assertThat(action.getDueOn()).isEqualTo(earlier);
        assertThat(action.getOriginalDueOn()).isEqualTo(original);
        assertThat(action.getAgreedDueOn()).isEqualTo(agreed);
        assertThat(fx.itemRow(item).getTargetOn()).isEqualTo(earlier);
        assertThat(fx.itemRow(item).getDueOn()).isEqualTo(earlier);
        var revision = dsl.selectFrom(DUE_DATE_REVISION).where(DUE_DATE_REVISION.ACTION_ID.eq(actionId)).fetchSingle();
        assertThat(revision.getStatus()).isEqualTo(RevisionStatus.APPLIED);
        assertThat(revision.getFromDueOn()).isEqualTo(agreed);
        assertThat(revision.getReason()).isEqualTo("Supplier delivered early.");
        assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("DUE_DATE_REVISION_REQUESTED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(revision.getId())))).isTrue();
    }

    @Test
    void aDateWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> dueDates.revise(actionId, agreed.plusDays(5), "", version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("reason"));
        assertThat(fx.actionRow(actionId).getDueOn()).isEqualTo(agreed);
        assertThat(dsl.fetchCount(DUE_DATE_REVISION, DUE_DATE_REVISION.ACTION_ID.eq(actionId))).isZero();
    }

    @Test
    void aDatePastTheAgreedOneWaitsForTheWatchdogWhoApprovesIt() {
        LocalDate later = agreed.plusMonths(2);

        RevisionStatus outcome = dueDates.revise(actionId, later, "The new call-handling release slipped.", version());

        assertThat(outcome).isEqualTo(RevisionStatus.PENDING);
        assertThat(fx.actionRow(actionId).getDueOn()).as("nothing moves until the watchdog approves").isEqualTo(agreed);
        assertThat(fx.itemRow(item).getTargetOn()).isEqualTo(agreed);
        assertThatThrownBy(() -> dueDates.revise(actionId, later.plusDays(1), "Another try.", version()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already awaiting");
        long revisionId = dsl.select(DUE_DATE_REVISION.ID).from(DUE_DATE_REVISION).where(DUE_DATE_REVISION.ACTION_ID.eq(actionId))
                .fetchSingle(DUE_DATE_REVISION.ID);
        assertThatThrownBy(() -> dueDates.decide(revisionId, true, null))
                .as("the force cannot approve its own new date").isInstanceOf(AccessDeniedException.class);

        fx.signIn("hmicfrs");
        assertThat(work.queues().revisions()).extracting(PendingRevision::revisionId).contains(revisionId);
        dueDates.decide(revisionId, true, "Agreed, given the supplier's delay.");

        var action = fx.actionRow(actionId);
        assertThat(action.getDueOn()).isEqualTo(later);
        assertThat(action.getAgreedDueOn()).as("the approved date is the new agreed date").isEqualTo(later);
        assertThat(fx.itemRow(item).getTargetOn()).isEqualTo(later);
        assertThat(fx.itemRow(item).getDueOn()).isEqualTo(later);
        var revision = dsl.selectFrom(DUE_DATE_REVISION).where(DUE_DATE_REVISION.ID.eq(revisionId)).fetchSingle();
        assertThat(revision.getStatus()).isEqualTo(RevisionStatus.APPROVED);
        assertThat(revision.getDecidedBy()).isEqualTo(fx.userId("hmicfrs"));
        assertThat(work.queues().revisions()).extracting(PendingRevision::revisionId).doesNotContain(revisionId);
    }

    @Test
    void aRefusedRevisionLeavesTheDateAsAgreed() {
        dueDates.revise(actionId, agreed.plusMonths(1), "Staff shortages.", version());
        long revisionId = dsl.select(DUE_DATE_REVISION.ID).from(DUE_DATE_REVISION).where(DUE_DATE_REVISION.ACTION_ID.eq(actionId))
                .fetchSingle(DUE_DATE_REVISION.ID);
        fx.signIn("hmicfrs");

        assertThatThrownBy(() -> dueDates.decide(revisionId, false, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("note"));
        dueDates.decide(revisionId, false, "The checklist is a small change; keep the date.");

        assertThat(fx.actionRow(actionId).getDueOn()).isEqualTo(agreed);
        assertThat(dsl.selectFrom(DUE_DATE_REVISION).where(DUE_DATE_REVISION.ID.eq(revisionId)).fetchSingle().getStatus())
                .isEqualTo(RevisionStatus.REFUSED);
    }

    @Test
    void beforeTheWatchdogHasSeenThePlanTheDateIsChangedInTheFormInstead() {
        long draft = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        long draftAction = fx.action(draft, "Risk assessment prompts for neurodivergent children");

        assertThatThrownBy(() -> dueDates.revise(draftAction, LocalDate.now().plusMonths(4), "Because.",
                fx.actionRow(draftAction).getVersion()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("action's form");
    }
}
