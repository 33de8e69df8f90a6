package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.outcome.OutcomeFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed case in a browser: Surrey's call-handling recommendation of 2015 shows its chain and its outcomes; HMICFRS
 * confirms a suggested repeat on its 2026 contact management inspection; the forces are compared on /performance,
 * by a watchdog (every force, desktop and phone) and by Surrey's chief officer (own force against the median); a
 * recommendation HMICFRS sent to many forces is followed as a whole on one page.
 */
class WatchdogFollowsRepeatsOutcomesAndForcesComparedTest extends BrowserJourney {

    @Autowired
    OutcomeFixtures fixtures;
    @Autowired
    Clock clock;
    @Autowired
    DSLContext dsl;

    @Test
    void theChainOnTheSeedCaseAndAConfirmedSuggestion() {
        long breck = fixtures.item("IPCC-2015-001", "1", "SURREY");
        openAs("iopc", "/recommendations/" + breck);
        waitForText("First made by the IPCC in 2015");
        assertThat(visibleText()).contains("built on by HMICFRS in 2019", "Did it work?", "Not effective",
                "Partly effective");
        screenshot("chain-and-outcomes-on-the-seed-case");

        long afi = fixtures.item("HMICFRS-2026-CM-SURREY", "AFI 1", "SURREY");
        openAs("hmicfrs", "/recommendations/" + afi);
        waitForText("Possible earlier equivalents");
        screenshot("suggestions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm: repeats it")).first().click();
        int year = LocalDate.now(clock).minusDays(50).getYear();
        waitForText("First made by the IPCC in 2015; repeated by HMICFRS in " + year + ".");
        screenshot("suggestion-confirmed");
    }

    @Test
    void forcesComparedByAWatchdogAndByAChiefOfficer() {
        openAs("hmicfrs", "/performance?sort=effective");
        waitForText("National median");
        assertThat(visibleText()).contains("Forces compared", "Assessed effective", "Surrey Police", "Kent Police");
        screenshot("performance-table");
        page.setViewportSize(390, 844);
        settle();
        screenshot("performance-table-phone");
        page.setViewportSize(1280, 900);
        aRecommendationSentToManyForcesFollowedAsAWhole();

        openAs("chief.surrey", "/performance");
        waitForText("National median");
        assertThat(visibleText()).contains("Surrey Police", "Your force against the national median")
                .doesNotContain("Kent Police");
        screenshot("performance-chief-officer");
        assertNoSeriousAccessibilityViolations();
    }

    /** HMICFRS follows a recommendation it sent to many forces on one page. */
    private void aRecommendationSentToManyForcesFollowedAsAWhole() {
        var recipients = DSL.count(TRACKED_RECOMMENDATION.ID);
        long recommendation = dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION)
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .join(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                .where(ORGANISATION.CODE.eq("HMICFRS"))
                .groupBy(RECOMMENDATION.ID).having(recipients.gt(3))
                .orderBy(recipients.desc(), RECOMMENDATION.ID).limit(1).fetchSingle(RECOMMENDATION.ID);
        int count = dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recommendation));

        openAs("hmicfrs", "/recommendations/national/" + recommendation);
        waitForText("across its recipients");
        assertThat(visibleText()).contains("Every recipient", "Still without a plan", "Responses on time");
        assertThat(page.locator("vaadin-grid-cell-content a[href*='recommendations/']").count())
                .as("a link per recipient").isGreaterThanOrEqualTo(Math.min(count, 10));
        screenshot("national-recommendation");
        assertNoSeriousAccessibilityViolations();
        page.setViewportSize(390, 844);
        settle();
        screenshot("national-recommendation-phone");
        page.setViewportSize(1280, 900);
    }
}
