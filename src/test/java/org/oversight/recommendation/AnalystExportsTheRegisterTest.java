package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.oversight.base.export.ExportFiles;
import org.oversight.base.export.ExportFiles.ReadBack;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportForm;
import org.oversight.report.ReportService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register taken to a spreadsheet: the CSV and the XLSX hold the same rows as the grid for the same filter and
 * scope, in the same order, and nothing beyond the user's scope whatever the filter asks.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class AnalystExportsTheRegisterTest {

    static final String AWKWARD = "=HYPERLINK(\"http://evil.invalid\",\"Cliciwch\"), \"quoted\", comma, and\na line break; "
            + "emoji 🚓👮🏽‍♀️; Welsh ŵ ŷ Ŵ Ŷ; Arabic مرحبا; Hebrew שלום";

    @Autowired
    RecommendationRegister register;
    @Autowired
    ReportService reports;
    @Autowired
    FreshItems fresh;
    @Autowired
    Clock clock;

    static RegisterFilter force(String code) {
        return new RegisterFilter(null, code, Set.of(), null, null, null, false, null, null, null, null);
    }

    static RegisterFilter search(String q) {
        return new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, q);
    }

    @Test
    void theCsvAndTheWorkbookHoldEveryRowTheGridShowsInItsOrder() {
        RegisterFilter filter = force("SURREY");
        int count = register.count(filter);
        List<RegisterRow> grid = register.page(filter, 0, 500, List.of());
        assertThat(count).isPositive().isEqualTo(grid.size());

        ReadBack csv = ExportFiles.csv(out -> register.export(filter, List.of(), out));
        ReadBack xlsx = ExportFiles.xlsx(out -> register.export(filter, List.of(), out));

        for (ReadBack file : List.of(csv, xlsx)) {
            assertThat(file.header()).containsExactly("Report", "Report title", "Number", "Recommendation", "Recipient", "Kind",
                    "Priority", "Status", "Due", "Days left", "Closed", "Watchdog");
            assertThat(file.rows()).hasSize(count);
            assertThat(file.column("Report")).containsExactlyElementsOf(grid.stream().map(RegisterRow::reportReference).toList());
            assertThat(file.column("Number")).containsExactlyElementsOf(grid.stream().map(RegisterRow::number).toList());
            assertThat(file.column("Recipient")).containsOnly("Surrey Police");
        }
        // real dates and numbers in the workbook; ISO dates in the CSV
        RegisterRow due = grid.stream().filter(r -> r.dueOn() != null).findFirst().orElseThrow();
        int at = grid.indexOf(due);
        assertThat(xlsx.column("Due").get(at)).isEqualTo(due.dueOn().atStartOfDay());
        assertThat(xlsx.column("Days left").get(at)).isEqualTo(due.daysLeft().doubleValue());
        assertThat(csv.column("Due").get(at)).isEqualTo(due.dueOn().toString());
    }

    @Test
    void theWholeRegisterMatchesTheCountForAWatchdog() {
        int count = register.count(RegisterFilter.NONE);
        ReadBack xlsx = ExportFiles.xlsx(out -> assertThat(register.export(RegisterFilter.NONE, List.of(), out)).isEqualTo(count));
        assertThat(xlsx.rows()).hasSize(count);
        assertThat(xlsx.column("Watchdog")).contains("HMICFRS", "IOPC");
    }

    @Test
    void theWorkbookHasAFrozenFilteredHeaderAndFittedColumns() throws Exception {
        ReadBack xlsx = ExportFiles.xlsx(out -> register.export(force("SURREY"), List.of(), out));
        try (var book = ExportFiles.workbook(xlsx.bytes())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:L");
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(2));
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
        }
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadAskingForAnotherForceGetsTheHeaderAndANoteNeverItsRows() {
        ReadBack csv = ExportFiles.csv(out -> register.export(force("DEVON_CORNWALL"), List.of(), out));
        ReadBack xlsx = ExportFiles.xlsx(out -> register.export(force("DEVON_CORNWALL"), List.of(), out));
        for (ReadBack file : List.of(csv, xlsx)) {
            assertThat(file.header()).contains("Recommendation", "Recipient");
            assertThat(file.rows()).singleElement().satisfies(r ->
                    assertThat(r.getFirst()).isEqualTo("No recommendations match these filters, or none you may see."));
        }

        int own = register.count(RegisterFilter.NONE);
        ReadBack all = ExportFiles.xlsx(out -> register.export(RegisterFilter.NONE, List.of(), out));
        assertThat(all.rows()).hasSize(own);
        assertThat(all.column("Recipient")).containsOnly("Surrey Police");
    }

    @Test
    void awkwardTextSurvivesTheRoundTripAndNeverRunsAsAFormula() {
        String reference = "EXP-" + System.nanoTime();
        long reportId = reports.create(new ReportForm(ReportKind.INSPECTION, "Report, with \"quotes\" — ŵ", reference,
                LocalDate.now(clock).minusDays(10), null, null, Set.of(), Set.of()), SubmissionKey.fresh());
        reports.addRecommendation(reportId, new RecommendationForm("1", RecommendationKind.RECOMMENDATION, AWKWARD,
                Priority.HIGH, Set.of(), false, Set.of(fresh.orgId("SURREY"))), SubmissionKey.fresh());

        ReadBack xlsx = ExportFiles.xlsx(out -> register.export(search(reference), List.of(), out));
        assertThat(xlsx.column("Recommendation")).containsExactly(AWKWARD);
        assertThat(xlsx.column("Report title")).containsExactly("Report, with \"quotes\" — ŵ");

        ReadBack csv = ExportFiles.csv(out -> register.export(search(reference), List.of(), out));
        // the apostrophe is the guard a spreadsheet shows as text; everything after it is exactly what was typed
        assertThat(csv.column("Recommendation")).containsExactly("'" + AWKWARD);
        assertThat(csv.column("Report title")).containsExactly("Report, with \"quotes\" — ŵ");
    }
}
