package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.REPORT;

import com.microsoft.playwright.Locator;
import org.jooq.DSLContext;

/**
 * The plan's decision cycle in {@link RecommendationIsFollowedToAVerifiedCloseTest}: HMICFRS returns Surrey's plan,
 * Surrey's lead follows the bell to it and resubmits, HMICFRS reads what changed and accepts it.
 */
class PlanDecisionSteps {

    private final BrowserJourney journey;
    private final Screens screens;
    private final DSLContext dsl;
    private final String reference;

    PlanDecisionSteps(BrowserJourney journey, Screens screens, DSLContext dsl, String reference) {
        this.journey = journey;
        this.screens = screens;
        this.dsl = dsl;
        this.reference = reference;
    }

    void watchdogReturnsThePlan() {
        journey.signIn("hmicfrs");
        journey.open("/queues");
        screens.link("Surrey Police · " + reference).click();
        journey.waitForText("Action plan of Surrey Police");
        journey.settle();
        screens.button("Decide").click();
        Locator giveBack = screens.dialog("Decide on the plan");
        giveBack.getByText("Return it with reasons").click();
        screens.fill(giveBack, "What must change", "Say when the risk prompt goes live.");
        screens.confirm(giveBack, "Confirm decision");
        journey.waitForText("Plan returned to Surrey Police");
        journey.settle();
        journey.signOut();
    }

    /** The returned plan reaches the lead: the bell counts it, the inbox lists it, its link lands on the plan. */
    void leadFollowsTheBellToTheReturnedPlanAndResubmits() {
        journey.signIn("surrey");
        Locator unread = journey.page.locator(".inbox-unread-count");
        unread.waitFor();
        assertThat(Integer.parseInt(unread.innerText().strip())).as("the bell counts the unread decision").isPositive();
        journey.page.locator(".deadline-bell").click();
        journey.waitForText("Needs you");
        journey.settle();
        Locator entry = journey.page.locator(".inbox-link").filter(new Locator.FilterOptions()
                .setHasText("Your action plan is returned: the action plan of Surrey Police for " + reference));
        assertThat(entry.count()).isEqualTo(1);
        journey.screenshot("inbox-with-the-returned-plan");
        entry.click();
        journey.waitForText("Action plan of Surrey Police");
        journey.settle();
        long planId = dsl.select(ACTION_PLAN.ID).from(ACTION_PLAN).join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID))
                .where(REPORT.REFERENCE.eq(reference)).fetchSingle(ACTION_PLAN.ID);
        assertThat(journey.page.url()).endsWith("/plans/" + planId);
        assertThat(journey.visibleText()).contains("Say when the risk prompt goes live.");
        screens.button("Resubmit to the watchdog").click();
        screens.confirm(screens.dialog("Submit the plan"), "Submit");
        journey.waitForText("Awaiting HMICFRS's decision");
        journey.settle();
        journey.signOut();
    }

    /** The resubmitted plan shows what changed since its return (here nothing), then HMICFRS accepts it. */
    void watchdogSeesNothingChangedAndAcceptsThePlan() {
        journey.signIn("hmicfrs");
        journey.open("/queues");
        String plan = "Surrey Police · " + reference;
        assertThat(journey.visibleText()).contains(plan);
        journey.screenshot("queues-with-the-plan");
        screens.link(plan).click();
        journey.waitForText("Action plan of Surrey Police");
        journey.settle();
        assertThat(journey.visibleText()).contains("Changes since it was returned").contains("Nothing changed since it was returned.");
        screens.button("Decide").click();
        Locator accept = screens.dialog("Decide on the plan");
        accept.getByText("Accept the plan").click();
        screens.fill(accept, "Note to the force (optional)", "A sound plan. Send the training records when done.");
        screens.confirm(accept, "Confirm decision");
        journey.waitForText("Accepted by Hannah Inspector");
        journey.settle();
        assertThat(journey.page.locator(".item-row").innerText()).contains("Plan accepted");
        journey.screenshot("plan-accepted");
        journey.signOut();
    }
}
