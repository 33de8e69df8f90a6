package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.1 A and AA rules) on every main view, each as a user who may open it: no serious or critical
 * violation. Pages with an id are shown with rich demo data (a Surrey item with a plan and history, the report it
 * belongs to, Surrey's plan with the most actions), so that the checks see badges, cards and histories, not empty
 * states.
 */
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
    @CsvSource({
            "surrey,       /",
            "hmicfrs,      /",
            "chief.surrey, /",
            "surrey,       /recommendations",
            "surrey,       /recommendations/{item}",
            "hmicfrs,      /recommendations/{item}",
            "surrey,       /reports",
            "surrey,       /reports/{report}",
            "hmicfrs,      /reports/{report}",
            "surrey,       /my-work",
            "surrey,       /plans/{plan}",
            "hmicfrs,      /plans/{plan}",
            "hmicfrs,      /queues",
            "hmicfrs,      /deadlines/{item}",
            "surrey,       /notifications",
            "admin,        /audit",
            "admin,        /admin/users",
            "admin,        /outbox"})
    void mainView(String username, String path) {
        openAs(username, resolve(path));
        String name = path.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        screenshot((name.isEmpty() ? "home" : name) + "-" + username);

        // the view itself, not a refusal or a not-found page, is what is checked
        assertThat(page.title()).doesNotContainIgnoringCase("not found");
        assertThat(visibleText()).doesNotContain("Could not navigate").doesNotContain("Access denied");
        assertNoSeriousAccessibilityViolations();
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

    private String resolve(String path) {
        return path.replace("{item}", String.valueOf(surreyItemWithAPlan()))
                .replace("{report}", String.valueOf(reportOf(surreyItemWithAPlan())))
                .replace("{plan}", String.valueOf(surreyPlanWithMostActions()));
    }

    /** Surrey's item with the longest status history: it has a plan, updates and moves to show. */
    private long surreyItemWithAPlan() {
        var t = TRACKED_RECOMMENDATION;
        return dsl.select(t.ID).from(t).join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .leftJoin(STATUS_CHANGE).on(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(t.ID))
                .where(ORGANISATION.CODE.eq("SURREY"))
                .groupBy(t.ID).orderBy(DSL.count(STATUS_CHANGE.ID).desc(), t.ID).limit(1).fetchSingle(t.ID);
    }

    private long reportOf(long trackedId) {
        return dsl.select(RECOMMENDATION.REPORT_ID).from(RECOMMENDATION).join(TRACKED_RECOMMENDATION)
                .on(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(RECOMMENDATION.REPORT_ID);
    }

    private long surreyPlanWithMostActions() {
        return dsl.select(ACTION_PLAN.ID).from(ACTION_PLAN).join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .leftJoin(ACTION).on(ACTION.PLAN_ID.eq(ACTION_PLAN.ID))
                .where(ORGANISATION.CODE.eq("SURREY"))
                .groupBy(ACTION_PLAN.ID).orderBy(DSL.count(ACTION.ID).desc(), ACTION_PLAN.ID).limit(1).fetchSingle(ACTION_PLAN.ID);
    }
}
