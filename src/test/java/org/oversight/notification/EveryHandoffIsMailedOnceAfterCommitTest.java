package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.HANDOFF_MAIL;
import static org.oversight.db.Tables.MAIL_COVER;
import static org.oversight.db.Tables.INBOX_ENTRY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.ActionService;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.DueDateService;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.ProgressService;
import org.oversight.actionplan.RevisionStatus;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.HandoffKind;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Transition;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every handoff kind, through the services as people make them: who receives the mail, its subject, its link and
 * its plain-text and HTML parts; each goes once; nothing goes for a decision that rolled back.
 */
@DatabaseTest
@OwnDatabase
class EveryHandoffIsMailedOnceAfterCommitTest extends HandoffMailSupport {

    @Autowired ActionPlanService plans;
    @Autowired ActionService actions;
    @Autowired DueDateService dates;
    @Autowired ProgressService progress;
    @Autowired RecommendationWorkflow workflow;
    @Autowired FreshItems fresh;
    @Autowired TransactionTemplate tx;
    @Autowired NotificationSettingsService settings;
    @Autowired Reminders reminders;
    @Autowired java.time.Clock clock;

    @AfterEach
    void signOutAndForgetChoices() {
        SecurityContextHolder.clearContext();
        dsl.deleteFrom(MAIL_COVER).execute();
        dsl.deleteFrom(org.oversight.db.Tables.NOTIFICATION_PREFERENCE).execute();
    }

    @Test
    void submittedReturnedAndAcceptedPlansReachTheOtherSideOnce() {
        fx.signIn("hmicfrs");
        long item = fresh.itemFor("DEVON_CORNWALL");
        String ref = reference(item);
        long reportId = fx.report(ref);
        fx.signIn("devon");
        long planId = plans.startPlan(reportId);
        actions.addAction(planId, new ActionInput("Audit custody records", null, "Head of Custody",
                LocalDate.now().plusMonths(2), 0, null, Set.of(item)), SubmissionKey.fresh());
        plans.saveSummary(planId, "An audit of every custody record.", fx.planVersion(planId));
        assertThat(newMail()).as("drafting tells nobody").isEmpty();

        plans.submit(planId, fx.planVersion(planId));
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(HMICFRS);
            assertThat(m.subject()).isEqualTo("Action plan to decide on: " + ref + ", Devon and Cornwall Police");
            assertThat(m.text()).contains("Dear ").contains("submitted the action plan of Devon and Cornwall Police for " + ref)
                    .contains(BASE + "/plans/" + planId);
            assertThat(m.html()).contains("href=\"" + BASE + "/plans/" + planId + "\"").contains("<h1")
                    .contains("lang=\"en\"");
        });

        fx.signIn("hmicfrs");
        plans.returnPlan(planId, "Say who audits the records <b>and</b> when.", fx.planVersion(planId));
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(DEVON);
            assertThat(m.subject()).isEqualTo("Action plan returned, changes needed: " + ref + ", Devon and Cornwall Police");
            assertThat(m.text()).contains("What must change:\nSay who audits the records <b>and</b> when.")
                    .contains(BASE + "/plans/" + planId);
            assertThat(m.html()).as("what people type is shown as text")
                    .contains("Say who audits the records &lt;b&gt;and&lt;/b&gt; when.").doesNotContain("<b>and</b>");
        });

        fx.signIn("devon");
        plans.saveSummary(planId, "An audit of every custody record by the custody inspector, monthly.", fx.planVersion(planId));
        plans.submit(planId, fx.planVersion(planId));
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(HMICFRS);
            assertThat(m.subject()).isEqualTo("Action plan resubmitted, to decide on: " + ref + ", Devon and Cornwall Police");
            assertThat(m.text()).contains("Changes since it was returned\nChanged since it was returned: the summary.")
                    .contains("Summary before: An audit of every custody record.\n"
                            + "Summary now: An audit of every custody record by the custody inspector, monthly.");
            assertThat(m.html()).contains("Changes since it was returned</h2>");
        });
        assertThat(dsl.select(HANDOFF.NOTE).from(HANDOFF).orderBy(HANDOFF.ID.desc()).limit(1).fetchSingle().value1())
                .as("the inbox entry says what changed").isEqualTo("Changed since it was returned: the summary.");
        fx.signIn("hmicfrs");
        plans.accept(planId, null, fx.planVersion(planId));
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(DEVON);
            assertThat(m.subject()).isEqualTo("Action plan accepted: " + ref + ", Devon and Cornwall Police");
        });

        assertThat(mailer.sendPending()).as("nothing is left to send, so nothing goes twice").isZero();
        assertThat(newMail()).isEmpty();
        assertThat(dsl.fetchCount(HANDOFF_MAIL, HANDOFF_MAIL.SENT_AT.isNull())).isZero();
    }

    @Test
    void dateRevisionsAskedApprovedAndRefusedSayTheDates() {
        var plan = fx.acceptedPlanOnAFreshItem("devon", "DEVON_CORNWALL", "Train custody sergeants");
        String ref = reference(plan.item());
        newMail();
        LocalDate agreed = fx.actionRow(plan.actionId()).getDueOn();

        fx.signIn("devon");
        assertThat(dates.revise(plan.actionId(), agreed.plusDays(14), "The trainer left.", fx.actionRow(plan.actionId()).getVersion()))
                .isEqualTo(RevisionStatus.PENDING);
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(HMICFRS);
            assertThat(m.subject()).isEqualTo("New due date to decide on: Train custody sergeants (" + ref + ", Devon and Cornwall Police)");
            assertThat(m.text()).contains("The action was due on " + org.oversight.base.Formats.longDate(agreed)
                    + "; the new date is " + org.oversight.base.Formats.longDate(agreed.plusDays(14)) + ", 14 days later.")
                    .contains("The trainer left.").contains(BASE + "/plans/" + plan.planId());
        });

        fx.signIn("hmicfrs");
        dates.decide(pendingRevision(plan.actionId()), true, null);
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(DEVON);
            assertThat(m.subject()).startsWith("New due date approved: Train custody sergeants");
            assertThat(m.text()).contains("14 days later");
        });

        fx.signIn("devon");
        dates.revise(plan.actionId(), agreed.plusDays(60), "Still no trainer.", fx.actionRow(plan.actionId()).getVersion());
        assertThat(newMail()).extracting(Mail::to).containsExactly(HMICFRS);
        fx.signIn("hmicfrs");
        dates.decide(pendingRevision(plan.actionId()), false, "Borrow a trainer from a neighbouring force.");
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(DEVON);
            assertThat(m.subject()).startsWith("New due date refused: Train custody sergeants");
            assertThat(m.text()).contains("Borrow a trainer from a neighbouring force.");
        });
    }

    @Test
    void completionClaimsVerificationsReturnsReopeningAndClosingReachTheOtherSide() {
        var plan = fx.acceptedPlanOnAFreshItem("devon", "DEVON_CORNWALL", "Publish the new custody policy");
        long item = plan.item();
        String ref = reference(item);
        String link = BASE + "/recommendations/" + item;
        newMail();
        fx.signIn("devon");
        var row = fx.actionRow(plan.actionId());
        actions.editAction(plan.actionId(), new ActionInput(row.getTitle(), row.getDescription(), row.getOwnerName(), row.getDueOn(),
                100, ActionStatus.DONE, Set.of(item)), row.getVersion());
        assertThat(newMail()).as("starting work is nobody else's business").isEmpty();

        claim(item);
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(HMICFRS);
            assertThat(m.subject()).isEqualTo("Reported complete, to verify: " + ref + ", Devon and Cornwall Police");
            assertThat(m.text()).contains(link).contains("The policy is published.");
        });

        fx.signIn("hmicfrs");
        workflow.apply(item, Transition.RETURN_CLAIM, "Send the published policy.", fx.itemRow(item).getVersion());
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(DEVON);
            assertThat(m.subject()).isEqualTo("Completion claim returned: " + ref + ", Devon and Cornwall Police");
            assertThat(m.text()).contains("Send the published policy.").contains(link);
        });

        fx.signIn("devon");
        claim(item);
        assertThat(newMail()).extracting(Mail::to).containsExactly(HMICFRS);
        fx.signIn("hmicfrs");
        workflow.apply(item, Transition.VERIFY, null, fx.itemRow(item).getVersion());
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(DEVON);
            assertThat(m.subject()).isEqualTo("Verified as implemented: " + ref + ", Devon and Cornwall Police");
        });

        workflow.apply(item, Transition.REOPEN, "The policy was withdrawn.", fx.itemRow(item).getVersion());
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(DEVON);
            assertThat(m.subject()).isEqualTo("Recommendation reopened: " + ref + ", Devon and Cornwall Police");
            assertThat(m.text()).contains("The policy was withdrawn.").contains(link);
        });

        workflow.apply(item, Transition.CLOSE_NO_FURTHER_ACTION, "Superseded by national guidance.", fx.itemRow(item).getVersion());
        assertThat(newMail()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(DEVON);
            assertThat(m.subject()).isEqualTo("Recommendation closed: " + ref + ", Devon and Cornwall Police");
        });
        assertThat(mailer.sendPending()).isZero();
    }

    @Test
    void aDecisionThatRollsBackTellsNobody() {
        fx.signIn("hmicfrs");
        long item = fresh.itemFor("DEVON_CORNWALL");
        long reportId = fx.report(reference(item));
        fx.signIn("devon");
        long planId = plans.startPlan(reportId);
        actions.addAction(planId, new ActionInput("Audit custody records", null, "Head of Custody",
                LocalDate.now().plusMonths(2), 0, null, Set.of(item)), SubmissionKey.fresh());
        plans.saveSummary(planId, "An audit.", fx.planVersion(planId));
        int entriesBefore = dsl.fetchCount(INBOX_ENTRY);
        int mailsBefore = dsl.fetchCount(HANDOFF_MAIL);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            plans.submit(planId, fx.planVersion(planId));
            throw new IllegalStateException("the connection dropped");
        })).hasMessage("the connection dropped");

        assertThat(newMail()).isEmpty();
        assertThat(mailer.sendPending()).isZero();
        assertThat(dsl.fetchCount(INBOX_ENTRY)).isEqualTo(entriesBefore);
        assertThat(dsl.fetchCount(HANDOFF_MAIL)).isEqualTo(mailsBefore);
    }

    @Test
    void aDeputyReceivesACopyWhileTheCoverRunsAndNotAfter() {
        fx.signIn("surrey");
        LocalDate today = LocalDate.now();
        settings.setCover(fx.userId("chief.surrey"), today.minusDays(1), today.plusDays(7));
        newMail();

        fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Refresh the checklist");
        List<Mail> accepted = newMail().stream().filter(m -> m.subject().startsWith("Action plan accepted")).toList();
        assertThat(accepted).extracting(Mail::to).containsExactlyInAnyOrder(SURREY, "chief.surrey@demo.oversight.invalid");
        assertThat(accepted).filteredOn(m -> m.to().startsWith("chief.surrey")).singleElement().satisfies(m ->
                assertThat(m.text()).contains("You receive this for Sam Okafor, whose mail you cover until "
                        + org.oversight.base.Formats.longDate(today.plusDays(7)) + "."));

        // the cover ended yesterday
        dsl.update(MAIL_COVER).set(MAIL_COVER.STARTS_ON, today.minusDays(10)).set(MAIL_COVER.ENDS_ON, today.minusDays(1))
                .where(MAIL_COVER.USER_ID.eq(fx.userId("surrey"))).execute();
        fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Audit the signposting");
        assertThat(newMail()).filteredOn(m -> m.subject().startsWith("Action plan accepted")).extracting(Mail::to)
                .containsExactly(SURREY);
    }

    @Test
    void whoChoseInAppOnlyGetsTheInboxEntryAndNoMail() {
        fx.signIn("surrey");
        settings.setChannel(HandoffKind.PLAN_ACCEPTED, Channel.IN_APP);
        newMail();
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Refresh the checklist");

        assertThat(newMail()).extracting(Mail::subject).noneMatch(s -> s.startsWith("Action plan accepted"));
        assertThat(dsl.fetchCount(INBOX_ENTRY.join(HANDOFF).on(HANDOFF.ID.eq(INBOX_ENTRY.HANDOFF_ID)),
                INBOX_ENTRY.USER_ID.eq(fx.userId("surrey")).and(HANDOFF.KIND.eq("PLAN_ACCEPTED"))
                        .and(HANDOFF.PATH.eq("/plans/" + plan.planId())))).isEqualTo(1);
    }

    @Test
    void whoChoseTheDigestFindsTheDecisionWaitingInIt() {
        fx.signIn("surrey");
        settings.setChannel(HandoffKind.PLAN_ACCEPTED, Channel.DIGEST);
        newMail();
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Refresh the checklist");
        assertThat(newMail()).noneMatch(m -> m.to().equals(SURREY) && m.subject().startsWith("Action plan accepted"));

        reminders.runFor(clock);

        assertThat(newMail()).filteredOn(m -> m.to().equals(SURREY) && m.subject().startsWith("Weekly deadlines")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Waiting for you in your inbox:")
                        .contains("- Your action plan is accepted: the action plan of Surrey Police")
                        .contains(BASE + "/plans/" + plan.planId()));
    }

    private void claim(long item) {
        progress.claimComplete(item, new NewUpdate("The policy is published.", null, null, null, List.of()),
                fx.itemRow(item).getVersion(), SubmissionKey.fresh());
    }

    private long pendingRevision(long actionId) {
        return dsl.select(org.oversight.db.Tables.DUE_DATE_REVISION.ID).from(org.oversight.db.Tables.DUE_DATE_REVISION)
                .where(org.oversight.db.Tables.DUE_DATE_REVISION.ACTION_ID.eq(actionId))
                .and(org.oversight.db.Tables.DUE_DATE_REVISION.STATUS.eq(RevisionStatus.PENDING))
                .fetchSingle(org.oversight.db.Tables.DUE_DATE_REVISION.ID);
    }
}
