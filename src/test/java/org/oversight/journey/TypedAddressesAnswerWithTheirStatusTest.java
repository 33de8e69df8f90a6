package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.OwnDatabase;

/**
 * A person types an address into the browser: one with no page answers 404, a page their role does not open 403,
 * and either way the browser shows the application's page in plain words with the menu and a way on (the status of
 * that first response comes from {@code app.ui.FirstLoadStatus}, decision 0077); a page they may open answers 200.
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class TypedAddressesAnswerWithTheirStatusTest extends BrowserJourney {

    @Test
    void anAddressWithNoPageIs404WithTheApplicationsPage() {
        openAs("surrey", "/");

        Response response = page.navigate(url("/no-such-page"));
        settle();
        screenshot("no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.title()).isEqualTo("Page not found · Oversight Tracker");
        assertThat(visibleText()).contains("Page not found", "If you typed the web address, check it is correct.",
                "Go to the home page", "Look in the register of recommendations", "My work");
    }

    @Test
    void aPageTheRoleDoesNotOpenIs403WithTheApplicationsPage() {
        openAs("surrey", "/");

        Response response = page.navigate(url("/queues"));
        settle();
        screenshot("queues-as-force-lead");

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.title()).isEqualTo("You cannot open this page · Oversight Tracker");
        assertThat(visibleText()).contains("You cannot open this page",
                "Your account does not give access to it. If you think it should, ask your administrator.",
                "Go to the home page", "My work");
    }

    @Test
    void aPageTheRoleOpensIs200() {
        openAs("hmicfrs", "/");

        Response response = page.navigate(url("/queues"));
        settle();

        assertThat(response.status()).isEqualTo(200);
        assertTheViewItself();
    }
}
