package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.API_TOKEN;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.actionplan.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Surrey's lead imports actions into the draft missing-person plan: a file with an impossible date is refused with
 * the row named, the corrected file is saved; then they make a read-only API token, shown once. Looked at on a
 * desktop and at phone width, light and dark (the device's colours).
 */
class LeadImportsActionsAndMakesATokenJourneyTest extends BrowserJourney {

    @Autowired DSLContext dsl;
    @Autowired PlanFixtures fx;

    @Test
    void leadImportsActionsAfterCorrectingARowThenMakesAToken(@TempDir Path dir) throws Exception {
        long plan = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        int before = dsl.fetchCount(ACTION, ACTION.PLAN_ID.eq(plan));
        LocalDate due = LocalDate.now().plusMonths(5);
        String ukDate = String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
        Path bad = dir.resolve("actions.csv");
        Files.writeString(bad, "Title,Description,Owner,Due date,Progress,Status,Recommendations\n"
                + "Brief every sergeant on the risk grading,,Head of Public Protection," + ukDate + ",,,2\n"
                + "Audit a month of missing-person calls,,Missing Persons Coordinator,31/02/2027,,,2\n", StandardCharsets.UTF_8);
        Path good = dir.resolve("actions-corrected.csv");
        Files.writeString(good, Files.readString(bad).replace("31/02/2027", ukDate), StandardCharsets.UTF_8);

        openAs("surrey", "/import/actions");
        waitForText("Import actions");
        page.locator("vaadin-combo-box").click();
        page.keyboard().type("IOPC-2026-031");
        page.locator("vaadin-combo-box-item").first().click();
        waitForText("Download the CSV template");
        page.locator("vaadin-upload input[type=file]").setInputFiles(bad);
        waitForText("1 of 2 rows have problems");
        settle();
        assertThat(visibleText()).contains("Row 3, Due date:").contains("not a real date");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save 2 actions")).count()).isZero();
        screenshot("bad-row-named");
        page.setViewportSize(390, 844);
        screenshot("bad-row-named-phone");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        settle();
        screenshot("bad-row-named-phone-dark");
        page.setViewportSize(1400, 900);

        page.locator("vaadin-upload input[type=file]").setInputFiles(good);
        waitForText("2 rows are ready to save");
        settle();
        screenshot("ready-to-save-dark");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save 2 actions")).click();
        waitForText("2 actions were added");
        assertThat(dsl.fetchCount(ACTION, ACTION.PLAN_ID.eq(plan))).isEqualTo(before + 2);
        assertNoSeriousAccessibilityViolations();

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        open("/api-tokens");
        waitForText("Make a token");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Force tracker sync");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Read").setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make token")).click();
        waitForText("copy it now, you will not see it again");
        settle();
        assertThat(visibleText()).contains("Force tracker sync");
        screenshot("token-shown-once");
        page.setViewportSize(390, 844);
        screenshot("token-shown-once-phone");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        settle();
        screenshot("token-shown-once-phone-dark");
        assertThat(dsl.fetchCount(API_TOKEN, API_TOKEN.NAME.eq("Force tracker sync"))).isEqualTo(1);
        assertNoSeriousAccessibilityViolations();
    }
}
