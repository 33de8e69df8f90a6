package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HMICFRS staff open Import, choose a report, upload a CSV with a mistyped force: the preview names the row and the
 * nearest force, and nothing can be saved; they upload the corrected file, see it ready, save, and the report has
 * the recommendations. Looked at on a desktop and at phone width.
 */
class WatchdogImportsRecommendationsJourneyTest extends BrowserJourney {

    @Autowired DSLContext dsl;

    @Test
    void watchdogPreviewsABadFileThenImportsTheCorrectedOne(@TempDir Path dir) throws Exception {
        var report = dsl.select(REPORT.ID, REPORT.REFERENCE).from(REPORT).where(REPORT.REFERENCE.like("HMICFRS%"))
                .orderBy(REPORT.ID).limit(1).fetchSingle();
        int before = dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(report.value1()));
        Path bad = dir.resolve("recommendations.csv");
        Files.writeString(bad, "Number,Kind,Priority,Text,Recipients,Themes\n"
                + "J1,Recommendation,High,Grade missing-child calls as high risk.,Surrey Police,\n"
                + "J2,Area for improvement,Medium,Audit custody records each quarter.,Surey Polise,\n", StandardCharsets.UTF_8);
        Path good = dir.resolve("recommendations-corrected.csv");
        Files.writeString(good, Files.readString(bad).replace("Surey Polise", "Surrey Police; Devon and Cornwall Police"),
                StandardCharsets.UTF_8);

        openAs("hmicfrs", "/import");
        waitForText("Import recommendations");
        page.locator("vaadin-combo-box").click();
        page.keyboard().type(report.value2());
        page.locator("vaadin-combo-box-item").first().click();
        settle();
        screenshot("report-chosen");

        page.locator("vaadin-upload input[type=file]").setInputFiles(bad);
        waitForText("1 of 2 rows have problems");
        settle();
        assertThat(visibleText()).contains("Row 3, Recipients: “Surey Polise” is not a force or national body we know. Nearest: Surrey Police");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save 2 recommendations")).count()).isZero();
        screenshot("bad-row-named");
        page.setViewportSize(390, 844);
        screenshot("bad-row-named-phone");
        page.setViewportSize(1400, 900);

        page.locator("vaadin-upload input[type=file]").setInputFiles(good);
        waitForText("2 rows are ready to save");
        settle();
        screenshot("ready-to-save");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save 2 recommendations")).click();
        waitForText("2 recommendations were added");
        settle();
        screenshot("saved");

        assertThat(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(report.value1()))).isEqualTo(before + 2);
        assertNoSeriousAccessibilityViolations();
    }
}
