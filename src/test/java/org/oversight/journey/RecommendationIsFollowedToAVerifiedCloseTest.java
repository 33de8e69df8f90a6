package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.Status;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole life of one recommendation, through the screens only: HMICFRS records a report with a recommendation
 * to Surrey Police; Surrey's lead plans an action and submits the plan, then posts an update with a PDF as
 * evidence; HMICFRS returns the plan, the lead follows the bell to it and resubmits, HMICFRS accepts it
 * ({@link PlanDecisionSteps}); the lead finishes the action and reports the recommendation complete; HMICFRS
 * verifies it; Surrey's chief officer sees one more verified this quarter on the dashboard and the item closed.
 * Each step is a screenshot under target/journeys/.
 */
class RecommendationIsFollowedToAVerifiedCloseTest extends BrowserJourney {

    private static final String VERIFIED = "Verified this quarter";
    private static final String ACTION_TITLE = "Retrain call handlers on repeat missing-person reports";
    private static final String REC_TEXT = "Surrey Police should review how call handlers assess the risk to children "
            + "reported missing more than three times in a year.";
    private static final String PDF_NAME = "training-register.pdf";

    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private Screens screens;
    private LocalDate today;
    private String reference;
    private String title;
    private long trackedId;

    @Test
    void fromReportToVerifiedClose() throws Exception {
        screens = new Screens(page);
        today = LocalDate.now(clock);
        reference = "HMICFRS-JOURNEY-" + System.currentTimeMillis();
        title = "Children missing from home: a journey through the tracker";

        int verifiedBefore = chiefOfficerReadsTheVerifiedFigure();
        watchdogRecordsTheReportWithARecommendationToSurrey();
        leadStartsAndSubmitsAPlanWithOneAction();
        leadPostsAnUpdateWithAPdf();
        var decision = new PlanDecisionSteps(this, screens, dsl, reference);
        decision.watchdogReturnsThePlan();
        decision.leadFollowsTheBellToTheReturnedPlanAndResubmits();
        decision.watchdogSeesNothingChangedAndAcceptsThePlan();
        leadFinishesTheActionAndReportsTheRecommendationComplete();
        watchdogVerifiesIt();
        chiefOfficerSeesItClosed(verifiedBefore);

        var item = dsl.selectFrom(TRACKED_RECOMMENDATION).where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle();
        assertThat(item.getStatus()).isEqualTo(Status.VERIFIED_IMPLEMENTED);
        assertThat(item.getClosedOn()).isEqualTo(today);
        var evidence = dsl.select(EVIDENCE.SHA256, EVIDENCE.CONTENT_TYPE, EVIDENCE.SIZE_BYTES).from(EVIDENCE)
                .join(PROGRESS_UPDATE).on(PROGRESS_UPDATE.ID.eq(EVIDENCE.UPDATE_ID))
                .join(ACTION).on(ACTION.ID.eq(PROGRESS_UPDATE.ACTION_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID))
                .where(ACTION.TITLE.eq(ACTION_TITLE)).and(EVIDENCE.FILE_NAME.eq(PDF_NAME))
                .and(ACTION_PLAN.REPORT_ID.eq(dsl.select(REPORT.ID).from(REPORT)
                        .where(REPORT.REFERENCE.eq(reference))))
                .fetchSingle();
        assertThat(evidence.value1()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf())));
        assertThat(evidence.value2()).isEqualTo("application/pdf");
        assertThat(evidence.value3()).isEqualTo((long) pdf().length);
    }

    private int chiefOfficerReadsTheVerifiedFigure() {
        signIn("chief.surrey");
        int verified = screens.figure(VERIFIED);
        screenshot("dashboard-before");
        signOut();
        return verified;
    }

    private void watchdogRecordsTheReportWithARecommendationToSurrey() {
        signIn("hmicfrs");
        open("/reports");
        screens.button("New report").click();
        Locator report = screens.dialog("New report");
        screens.pick(report, "Kind", "Insp", "Inspection");
        screens.date(report, "Published", today.minusDays(1));
        screens.fill(report, "Title", title);
        screens.fill(report, "Reference", reference);
        screenshot("new-report");
        screens.confirm(report, "Save report");
        page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(title)).waitFor();
        assertThat(visibleText()).contains("No recommendations recorded yet").contains(reference);

        screens.button("Add recommendation").click();
        Locator rec = screens.dialog("Add a recommendation");
        screens.fill(rec, "Number", "1");
        screens.pick(rec, "Kind", "Recomm", "Recommendation");
        screens.pick(rec, "Priority", "High", "High");
        screens.fill(rec, "Text", REC_TEXT);
        screens.pick(rec, "Forces and national bodies", "Surrey", "Surrey Police");
        screenshot("add-recommendation");
        screens.confirm(rec, "Add recommendation");
        waitForText("Addressed to Surrey Police");
        settle();
        Locator recipient = page.locator(".recipient-row");
        assertThat(recipient.count()).isEqualTo(1);
        assertThat(recipient.innerText()).contains("Surrey Police").contains("Open");
        assertThat(visibleText()).contains("1 recommendation").contains(REC_TEXT);
        String href = recipient.getByRole(AriaRole.LINK).getAttribute("href");
        trackedId = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
        screenshot("report-with-recommendation");
        signOut();
    }

    private void leadStartsAndSubmitsAPlanWithOneAction() {
        signIn("surrey");
        open("/my-work");
        String row = reference + " · Recommendation 1";
        waitForText(row);
        screenshot("my-work-with-the-new-recommendation");
        screens.clickInGridRow(row, "Start a plan");
        waitForText("Action plan of Surrey Police");
        settle();
        assertThat(visibleText()).contains(title).contains("Draft: the watchdog has not seen this plan")
                .contains("No action answers it yet.");

        screens.button("Add action").click();
        Locator action = screens.dialog("Add an action");
        screens.fill(action, "Title", ACTION_TITLE);
        screens.fill(action, "Owner", "Head of Contact Centre");
        screens.date(action, "Due date", today.plusDays(60));
        screens.pick(action, "Answers recommendations", "Recommendation 1", "Recommendation 1: " + REC_TEXT.substring(0, 40));
        screenshot("add-action");
        screens.confirm(action, "Add action");
        waitForText("Action added.");
        settle();
        assertThat(visibleText()).contains("Answered by: “" + ACTION_TITLE + "” (not started)");

        screens.fill(page.locator(".plan-summary"), "Summary for the watchdog",
                "One action: call handlers are retrained and a risk prompt added for repeat reports.");
        screens.button("Save summary").click();
        waitForText("Summary saved.");
        settle();
        screens.button("Submit to the watchdog").click();
        Locator confirm = screens.dialog("Submit the plan");
        screenshot("submit-the-plan");
        screens.confirm(confirm, "Submit");
        waitForText("Submitted by Sam Okafor");
        settle();
        assertThat(visibleText()).contains("Awaiting HMICFRS's decision");
        assertThat(page.locator(".item-row").innerText()).contains("Plan submitted");
        screenshot("plan-submitted");
    }

    private void leadPostsAnUpdateWithAPdf() {
        Locator card = page.locator(".action-card").filter(new Locator.FilterOptions().setHasText(ACTION_TITLE));
        Screens.button(card, "Post update").click();
        Locator update = screens.dialog("Update on “" + ACTION_TITLE + "”");
        screens.fill(update, "What has happened", "First two training sessions held; the register is attached.");
        screens.fill(update, "Progress now (%)", "50");
        screens.upload(update, PDF_NAME, "application/pdf", pdf());
        update.getByText(PDF_NAME + " (").waitFor();
        screenshot("update-with-evidence");
        Screens.button(update, "Post update").dblclick();   // a double click posts once
        waitForText("Update posted with 1 file.");
        settle();
        assertThat(card.innerText()).contains("50%").contains("History: 1 update");
        assertThat(dsl.fetchCount(PROGRESS_UPDATE.join(ACTION).on(ACTION.ID.eq(PROGRESS_UPDATE.ACTION_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID)).join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID)),
                REPORT.REFERENCE.eq(reference).and(ACTION.TITLE.eq(ACTION_TITLE)))).as("updates stored").isEqualTo(1);
        assertThat(dsl.fetchCount(EVIDENCE, EVIDENCE.FILE_NAME.eq(PDF_NAME))).as("evidence files stored").isEqualTo(1);
        screenshot("update-posted");
        signOut();
    }

    private void leadFinishesTheActionAndReportsTheRecommendationComplete() {
        signIn("surrey");
        open("/my-work");
        screens.clickInGridRow(reference + " · Recommendation 1", "Open plan");
        waitForText("Accepted by Hannah Inspector");
        settle();
        Locator item = page.locator(".item-row");
        assertThat(item.innerText()).contains("Finish the actions that answer it first");
        assertThat(Screens.button(item, "Tell HMICFRS this is done").isDisabled()).isTrue();

        Locator card = page.locator(".action-card").filter(new Locator.FilterOptions().setHasText(ACTION_TITLE));
        Screens.button(card, "Edit").click();
        Locator edit = screens.dialog("Edit the action");
        screens.fill(edit, "Progress (%)", "100");
        screens.choose(edit, "Status", "Done");
        screenshot("action-done");
        screens.confirm(edit, "Save changes");
        waitForText("Action saved.");
        settle();
        assertThat(card.innerText()).contains("100%").contains("Done");

        Screens.button(item, "Tell HMICFRS this is done").click();
        Locator claim = screens.dialog("Tell HMICFRS that Recommendation 1 is done");
        screens.fill(claim, "What was done to implement it",
                "All call handlers trained; the risk prompt is live for repeat missing-person reports.");
        screenshot("report-complete");
        screens.confirm(claim, "Tell the watchdog it is done");
        waitForText("Reported complete. The watchdog will verify it");
        settle();
        assertThat(item.innerText()).contains("Reported complete");
        screenshot("reported-complete");
        signOut();
    }

    private void watchdogVerifiesIt() {
        signIn("hmicfrs");
        open("/queues");
        String claim = "Surrey Police · " + reference + " · Recommendation 1";
        screenshot("queues-with-the-claim");
        screens.link(claim).click();
        waitForText(REC_TEXT);
        settle();
        screens.button("Decide").click();
        Locator verify = screens.dialog("Decide on Recommendation 1");
        verify.getByText("Verify as implemented").click();
        screens.fill(verify, "Note (optional)", "Training records seen; the prompt was demonstrated.");
        screens.confirm(verify, "Confirm decision");
        waitForText("Verify as implemented: done.");
        settle();
        assertThat(page.locator(".detail-head").innerText()).contains("Verified implemented");
        screenshot("verified");
        signOut();
    }

    private void chiefOfficerSeesItClosed(int verifiedBefore) {
        signIn("chief.surrey");
        assertThat(screens.figure(VERIFIED)).isEqualTo(verifiedBefore + 1);
        screenshot("dashboard-after");
        open("/recommendations/" + trackedId);
        assertThat(page.locator(".detail-head").innerText()).contains("Surrey Police").contains("Verified implemented");
        assertThat(visibleText()).contains(REC_TEXT).contains(ACTION_TITLE).contains(PDF_NAME);
        screenshot("register-item-closed");
    }

    /** A small but real PDF: one empty A4 page, which the evidence check recognises by its content. */
    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
