package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: the chief officer makes a board pack, watches it progress, and downloads a PDF; the register
 * offers its CSV and Excel downloads, and the Excel file arrives named after what and when.
 */
class ChiefOfficerDownloadsTheBoardPackTest extends BrowserJourney {

    @Test
    void makesAndDownloadsTheBoardPackAndTheRegister() throws Exception {
        openAs("chief.surrey", "/board-pack");
        waitForText("Make the board pack");
        screenshot("board-pack");
        page.getByText("Make the board pack").first().click();
        page.getByText("Download the board pack").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
        screenshot("board-pack-ready");
        Download pdf = page.waitForDownload(() -> page.getByText("Download the board pack").first().click());
        assertThat(pdf.suggestedFilename()).startsWith("board-pack-surrey-police-").endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        open("/recommendations");
        waitForText("Download Excel (XLSX)");
        screenshot("register-with-exports");
        Download xlsx = page.waitForDownload(() -> page.locator("a.export-xlsx").first().click());
        assertThat(xlsx.suggestedFilename()).matches("recommendations-surrey-police-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        assertThat(Files.size(xlsx.path())).isGreaterThan(1000);
    }
}
