package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.FreshItems;
import org.oversight.report.RecommendationForm;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watchdog staff import a report's recommendations from CSV or Excel: a good file previews and saves every row with
 * its recipients; any bad row saves nothing and is named with its row and column.
 */
@DatabaseTest
@Transactional
class WatchdogImportsRecommendationsTest {

    static final String HEADER = "Number,Kind,Priority,Text,Recipients,Themes\n";

    @Autowired RecommendationImport imports;
    @Autowired FreshItems fresh;
    @Autowired UserDetailsService users;
    @Autowired DSLContext dsl;
    @TempDir Path dir;
    long report;

    @BeforeEach
    void aFreshHmicfrsReport() {
        SignIn.as(users, "hmicfrs");
        report = fresh.report();
    }

    @AfterEach
    void out() {
        SignIn.out();
    }

    Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    ImportPreview<RecommendationForm> preview(String name, String csv) throws Exception {
        return imports.preview(report, name, file(name, csv.getBytes(StandardCharsets.UTF_8)), n -> { });
    }

    int recommendations() {
        return dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(report));
    }

    @Test
    void aGoodCsvPreviewsEachRowAsItWillBeSavedAndSavesAllOfThemAsOneAuditedImport() throws Exception {
        var preview = preview("recs.csv", HEADER
                + "1,Recommendation,High,Review call grading.,surrey police; DEVON AND CORNWALL POLICE,\n"
                + "2,area for improvement,low,Audit custody records.,All forces,\n");

        assertThat(preview.ok()).isTrue();
        assertThat(preview.rows().getFirst().shown()).containsExactly("1", "Recommendation", "High", "Review call grading.",
                "Surrey Police; Devon and Cornwall Police", "");
        assertThat(preview.rows().get(1).shown().get(4)).isEqualTo("All forces");
        assertThat(recommendations()).as("nothing saved by the preview").isZero();

        int saved = imports.save(preview, SubmissionKey.fresh(), n -> { });

        assertThat(saved).isEqualTo(2);
        assertThat(recommendations()).isEqualTo(2);
        long firstRec = dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION)
                .where(RECOMMENDATION.REPORT_ID.eq(report), RECOMMENDATION.NUMBER.eq("1")).fetchSingle(RECOMMENDATION.ID);
        assertThat(dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(firstRec))).isEqualTo(2);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("IMPORTED"), AUDIT_EVENT.ENTITY_ID.eq(report))).isEqualTo(1);
    }

    @Test
    void confirmingTwiceSavesOnce() throws Exception {
        var preview = preview("recs.csv", HEADER + "1,Recommendation,High,Review call grading.,Surrey Police,\n");
        SubmissionKey key = SubmissionKey.fresh();
        imports.save(preview, key, n -> { });
        imports.save(preview, key, n -> { });
        assertThat(recommendations()).isEqualTo(1);
    }

    @Test
    void aGoodExcelWorkbookImportsTheSame() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Recs");
            String[][] rows = {{"Number", "Kind", "Priority", "Text", "Recipients", "Themes"},
                    {"1", "Cause of concern", "High", "Grade calls properly.", "Surrey Police", ""},
                    {"2", "Recommendation", "Medium", "Keep a log.", "Surrey", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        var preview = imports.preview(report, "recs.xlsx", file("recs.xlsx", xlsx), n -> { });

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.encoding()).isEqualTo("XLSX");
        assertThat(imports.save(preview, SubmissionKey.fresh(), n -> { })).isEqualTo(2);
    }

    @Test
    void theTemplatesThemselvesPreviewWithoutProblems() throws Exception {
        var csv = imports.preview(report, "t.csv", file("t.csv", RecommendationImport.csvTemplate()), n -> { });
        var xlsx = imports.preview(report, "t.xlsx", file("t.xlsx", imports.xlsxTemplate()), n -> { });
        assertThat(csv.problems()).isEmpty();
        assertThat(xlsx.problems()).isEmpty();
        assertThat(csv.rows()).hasSize(2);
    }

    @Test
    void eachKindOfBadRowIsNamedWithItsRowAndColumnAndNothingIsSaved() throws Exception {
        var preview = preview("bad.csv", HEADER
                + "1,Recommendation,High,Fine row.,Surrey Police,\n"
                + "2,Recommendation,High,Unknown force.,Surey Polise,\n"
                + "1,Recommendation,High,Duplicate number.,Surrey Police,\n"
                + "4,Recommendation,High,\u200B \u00A0,Surrey Police,\n"
                + "5,Recommendation,High,=HYPERLINK(\"http://evil\"),Surrey Police,\n"
                + "6,Sermon,Urgent,Bad kind and priority.,Surrey Police,\n"
                + "7,Recommendation,High,No recipients.,,\n"
                + "8,Recommendation,High,Bad theme.,Surrey Police,Astrology\n");

        assertThat(preview.ok()).isFalse();
        List<String> problems = preview.problems().stream().map(ImportProblem::describe).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 3, Recipients: “Surey Polise” is not a force")
                .contains("Nearest: Surrey Police"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 4, Number: Number 1 is also on row 2"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 5, Text: Give the text of the recommendation."));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 6, Text: This cell holds a spreadsheet formula."));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 7, Kind: “Sermon” is not a kind"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 7, Priority: “Urgent” is not a priority"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 8, Recipients: Choose who the recommendation is addressed to"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Row 9, Themes: “Astrology” is not a theme"));
        assertThat(preview.rows().getFirst().ok()).isTrue();

        assertThatThrownBy(() -> imports.save(preview, SubmissionKey.fresh(), n -> { }))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Nothing has been saved");
        assertThat(recommendations()).isZero();
    }

    @Test
    void aNumberTheReportAlreadyHasIsRefused() throws Exception {
        imports.save(preview("a.csv", HEADER + "3,Recommendation,High,First.,Surrey Police,\n"), SubmissionKey.fresh(), n -> { });
        var again = preview("b.csv", HEADER + "3,Recommendation,High,Again.,Surrey Police,\n");
        assertThat(again.problems()).extracting(ImportProblem::describe)
                .containsExactly("Row 2, Number: The report already has a recommendation numbered 3.");
    }

    @Test
    void aWindows1252CsvIsReadWithItsAccentsAndPoundSigns() throws Exception {
        String csv = HEADER + "1,Recommendation,High,Spend £5m on the café’s rôle.,Surrey Police,\n";
        var preview = imports.preview(report, "w.csv", file("w.csv", csv.getBytes(Charset.forName("windows-1252"))), n -> { });
        assertThat(preview.encoding()).isEqualTo("Windows-1252");
        assertThat(preview.rows().getFirst().shown().get(3)).isEqualTo("Spend £5m on the café’s rôle.");
    }

    @Test
    void filesThatAreEmptyOrNotWhatTheirNameSaysOrTooLongAreRefusedAsAWhole() throws Exception {
        assertFileRefused("empty.csv", new byte[0], "The file is empty");
        assertFileRefused("header.csv", HEADER.getBytes(StandardCharsets.UTF_8), "no rows under it");
        assertFileRefused("fake.xlsx", "Number,Kind\n1,2\n".getBytes(StandardCharsets.UTF_8), "is called an Excel file but is not one");
        assertFileRefused("fake.csv", PlanFixtures.smallPdf(), "is called a CSV file but is not one (it is a PDF)");
        assertFileRefused("notes.txt", HEADER.getBytes(StandardCharsets.UTF_8), "Choose a CSV file");
        assertFileRefused("cols.csv", "Number,Text\n1,x\n".getBytes(StandardCharsets.UTF_8), "missing: Kind, Priority, Recipients");
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 1; i <= RecommendationImport.MAX_ROWS + 1; i++) {
            big.append(i).append(",Recommendation,High,Text.,Surrey Police,\n");
        }
        assertFileRefused("big.csv", big.toString().getBytes(StandardCharsets.UTF_8), "more than 10000 rows");
    }

    void assertFileRefused(String name, byte[] bytes, String message) throws Exception {
        Path p = file(name, bytes);
        assertThatThrownBy(() -> imports.preview(report, name, p, n -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("file")).contains(message));
    }

    @Test
    void onlyStaffOfTheReportsWatchdogImport() throws Exception {
        Path p = file("r.csv", (HEADER + "1,Recommendation,High,x,Surrey Police,\n").getBytes(StandardCharsets.UTF_8));
        for (String who : List.of("iopc", "surrey", "admin")) {
            SignIn.as(users, who);
            assertThatThrownBy(() -> imports.preview(report, "r.csv", p, n -> { })).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aFiveThousandRowFileImportsWithProgress() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 5000; i++) {
            csv.append(i).append(",Recommendation,Medium,Recommendation number ").append(i).append(".,Surrey Police,\n");
        }
        List<Integer> progress = new ArrayList<>();
        long start = System.nanoTime();
        var preview = imports.preview(report, "big.csv", file("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), progress::add);
        long previewed = System.nanoTime();
        assertThat(preview.ok()).isTrue();
        assertThat(progress).contains(100, 5000);

        AtomicInteger last = new AtomicInteger();
        int saved = imports.save(preview, SubmissionKey.fresh(), last::set);
        long done = System.nanoTime();

        assertThat(saved).isEqualTo(5000);
        assertThat(last.get()).isEqualTo(5000);
        assertThat(recommendations()).isEqualTo(5000);
        System.out.printf("5,000-row import: preview %d ms, save %d ms%n", (previewed - start) / 1_000_000, (done - previewed) / 1_000_000);
    }

    // In Welsh (decision 0093): what is wrong is said in Welsh, naming the file's own columns; the template stays in
    // the one file format everybody shares.

    @Test
    void aBadRowIsDescribedInWelsh() throws Exception {
        var preview = Language.WELSH.speak(() -> {
            try {
                return preview("argymhellion.csv", HEADER + "1,Recommendation,Urgent,Adolygu graddio galwadau.,Surrey Police,\n"
                        + "1,Recommendation,High,Archwilio cofnodion y ddalfa.,Surrey Police,\n");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(preview.ok()).isFalse();
        assertThat(Language.WELSH.speak(() -> preview.problems().stream().map(ImportProblem::describe).toList()))
                .contains("Rhes 2, Priority: Dydy “Urgent” ddim yn flaenoriaeth. Defnyddiwch High, Medium neu Low.",
                        "Rhes 3, Number: Mae rhif 1 hefyd ar res 2: mae angen rhif ei hun ar bob argymhelliad.");
    }

    @Test
    void anEmptyFileIsRefusedInWelsh() throws Exception {
        Path empty = file("gwag.csv", new byte[0]);

        assertThatThrownBy(() -> Language.WELSH.speak(() -> imports.preview(report, "gwag.csv", empty, n -> { })))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("file"))
                        .isEqualTo("Mae'r ffeil yn wag. Lawrlwythwch y templed, ei lenwi a'i uwchlwytho."));
    }

    @Test
    void theTemplateStaysInTheFileFormatForWelshReaders() {
        String csv = new String(Language.WELSH.speak(RecommendationImport::csvTemplate), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNumber,Kind,Priority,Text,Recipients,Themes\r\n");
    }

    @Test
    void countsOfSavedActionsTakeWelshPluralForms() {
        assertThat(Messages.t(Language.WELSH, "importing.actions.added", 1)).isEqualTo("1 cam gweithredu wedi'i ychwanegu");
        assertThat(Messages.t(Language.WELSH, "importing.actions.added", 2)).isEqualTo("2 gam gweithredu wedi'u hychwanegu");
        assertThat(Messages.t(Language.WELSH, "importing.actions.added", 3)).isEqualTo("3 cham gweithredu wedi'u hychwanegu");
        assertThat(Messages.t(Language.ENGLISH, "importing.actions.added", 2)).isEqualTo("2 actions were added");
    }
}
