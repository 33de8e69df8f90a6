package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_PAUSE;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Clip;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Decision 0010 in the browser: the item page of the demo's extended and then paused IOPC item shows its clocks,
 * each with the sentence that explains its date; the dashboard's tiles name what they count and for whom.
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class DeadlinesExplainThemselvesTest extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @Test
    void theItemPageShowsAPausedAndExtendedClockWithItsArithmetic() {
        long item = dsl.select(CLOCK.TRACKED_RECOMMENDATION_ID).from(CLOCK_PAUSE).join(CLOCK).on(CLOCK.ID.eq(CLOCK_PAUSE.CLOCK_ID))
                .where(CLOCK_PAUSE.TO_ON.isNull()).fetchSingle().value1();

        openAs("devon", "/recommendations/" + item);
        waitForText("Deadlines");

        String text = visibleText();
        assertThat(text).contains("56 days beginning with that day", "extended to", "on an application received",
                "paused for judicial review proceedings in progress since", "a day later for each further day",
                "See the clocks, their pauses and extensions");
        // each clock's state sits apart from its name, not run into it ("…publication)Met on time")
        double gap = ((Number) page.evaluate("() => { const n = document.querySelector('.item-clock-name');"
                + " return n.nextElementSibling.getBoundingClientRect().left - n.getBoundingClientRect().right; }"))
                .doubleValue();
        assertThat(gap).as("space between a clock's name and its state, px").isGreaterThanOrEqualTo(6);
        screenshot("item-page-paused-and-extended");
        docs("item-deadlines", null);
        page.setViewportSize(390, 844);
        settle();
        screenshot("item-page-phone");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void aChiefOfficerAndAForceLeadSeeTheirOwnWords() {
        openAs("chief.surrey", "/");
        waitForText("No target date");
        assertThat(visibleText()).contains("recommendations, Surrey Police");
        docs("home", null);

        openAs("surrey", "/my-work");
        waitForText("Select a row to see how its deadline was worked out.");
        docs("my-work", null);
    }

    /**
     * The 1400 × 900 views of docs/screenshots, written under target/journeys/docs/ to be looked at and copied: the
     * top of the page, or the box around the sections the selector names.
     */
    private void docs(String name, String sections) {
        page.setViewportSize(1400, 900);
        settle();
        Path file = SCREENSHOTS.resolve("docs").resolve(name + ".png");
        if (sections == null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(file));
            return;
        }
        var found = page.locator(sections);
        found.first().scrollIntoViewIfNeeded();
        settle();
        double scrolled = ((Number) page.evaluate("window.scrollY")).doubleValue();
        double top = Double.MAX_VALUE;
        double bottom = 0;
        for (int i = 0; i < found.count(); i++) {
            BoundingBox box = found.nth(i).boundingBox();
            top = Math.min(top, box.y + scrolled);
            bottom = Math.max(bottom, box.y + scrolled + box.height);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                .setClip(new Clip(0, Math.max(0, top - 20), 1400, bottom - top + 40)));
    }

    @Test
    void theDashboardSaysWhatEachFigureCountsAndForWhom() {
        openAs("hmicfrs", "/");
        waitForText("No target date");

        assertThat(visibleText()).contains("recommendations, all watchdogs", "Due within 14 days",
                "with a plan agreed but no action dated");
        screenshot("dashboard-words");
        docs("dashboard-national", null);
        docs("charts-slippage-and-themes", "#chart-deadline-slippage, #chart-themes-by-force");
        page.setViewportSize(390, 844);
        settle();
        screenshot("dashboard-phone");
    }
}
