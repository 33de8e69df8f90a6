package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.outcome.OutcomeFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed case in a browser: Surrey's call-handling recommendation of 2015 shows its chain and its outcomes; HMICFRS
 * confirms a suggested repeat on its 2026 contact management inspection; the forces are compared on /performance,
 * by a watchdog (every force, desktop and phone) and by Surrey's chief officer (own force against the median).
 */
class WatchdogFollowsRepeatsOutcomesAndForcesComparedTest extends BrowserJourney {

    @Autowired
    OutcomeFixtures fixtures;
    @Autowired
    Clock clock;

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

        openAs("chief.surrey", "/performance");
        waitForText("National median");
        assertThat(visibleText()).contains("Surrey Police", "Your force against the national median")
                .doesNotContain("Kent Police");
        screenshot("performance-chief-officer");
        assertNoSeriousAccessibilityViolations();
    }
}
