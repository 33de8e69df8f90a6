package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.microsoft.playwright.Response;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person types an address into the browser: one with no page answers 404, a page their role does not open 403,
 * and either way the browser shows the application's page in plain words with the menu and a way on (the status of
 * that first response comes from {@code app.ui.FirstLoadStatus}, decision 0077); a page they may open answers 200.
 * The address of another force's item is 404 like one that does not exist (decision 0102).
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class TypedAddressesAnswerWithTheirStatusTest extends BrowserJourney {

    @Autowired DSLContext dsl;

    @Test
    void anotherForcesItemIs404WithTheApplicationsPage() {
        var devons = dsl.select(TRACKED_RECOMMENDATION.ID, RECOMMENDATION.TEXT).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(TRACKED_RECOMMENDATION.RECIPIENT_ID))
                .where(ORGANISATION.CODE.eq("DEVON_CORNWALL")).orderBy(TRACKED_RECOMMENDATION.ID).limit(1).fetchSingle();
        openAs("surrey", "/");

        Response response = page.navigate(url("/recommendations/" + devons.value1()));
        settle();
        screenshot("devon-item-as-surrey");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.title()).isEqualTo("Page not found · Oversight Tracker");
        assertThat(visibleText()).contains("Page not found", "Go to the home page",
                "Look in the register of recommendations", "My work").doesNotContain(devons.value2());
    }

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
