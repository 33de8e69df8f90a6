package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.1 A and AA rules) on every main view ({@link MainViews}), each as a user who may open it, in light
 * colours on a desktop: no serious or critical violation, and no label or menu entry cut off with "…". Dark, phone and
 * Welsh: {@code EveryVariantIsAccessibleTest}.
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class MainViewsAreAccessibleTest extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @Test
    void loginPage() {
        open("/login");
        page.waitForSelector("vaadin-login-form");
        screenshot("login");
        assertNoSeriousAccessibilityViolations();
    }

    @ParameterizedTest(name = "{0} opens {1}")
    @MethodSource("org.oversight.journey.MainViews#views")
    void mainView(String username, String path) {
        openAs(username, MainViews.resolve(dsl, path));
        screenshot(MainViews.name(username, path));

        assertTheViewItself();
        assertNoSeriousAccessibilityViolations();
        assertNoWordsCutOff();
    }

    /** The deadlines list's filters are links (not a tab strip, which axe-core faults): one is current, each works. */
    @Test
    void deadlinesListWithAnotherFilter() {
        openAs("surrey", "/notifications");
        Locator filters = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Which deadlines to show"));
        assertThat(filters.locator("[aria-current=page]").innerText()).startsWith("Overdue or due soon");

        filters.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Overdue (")).click();
        page.waitForURL("**/notifications?show=overdue");
        settle();
        screenshot("notifications-overdue");

        assertThat(filters.locator("[aria-current=page]").innerText()).startsWith("Overdue (");
        assertThat(visibleText()).doesNotContainPattern("\\d+ days? left");
        assertNoSeriousAccessibilityViolations();
    }
}
