package org.oversight.journey;

import org.junit.jupiter.api.Test;

/** axe-core (WCAG 2.1 A and AA rules) on the main views: no serious or critical violation. */
class MainViewsAreAccessibleTest extends BrowserJourney {

    @Test
    void loginPage() {
        open("/login");
        page.waitForSelector("vaadin-login-form");
        screenshot("login");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void homeForAForceLead() {
        signIn("surrey");
        screenshot("home-surrey");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void homeForWatchdogStaff() {
        signIn("hmicfrs");
        screenshot("home-hmicfrs");
        assertNoSeriousAccessibilityViolations();
    }
}
