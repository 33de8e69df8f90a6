package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Force and national leads import the actions of their own organisation's action plan from CSV or Excel: a good file
 * previews every row and saves all of them through the action plan service; any bad row saves nothing and is named
 * with its row and column; nobody imports into another organisation's plan.
 */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class LeadImportsActionsTest {

    static final String HEADER = "Title,Description,Owner,Due date,Progress,Status,Recommendations\n";

    @Autowired ActionImport imports;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    @TempDir Path dir;
    long plan;
    int before;

    @BeforeEach
    void surreysDraftPlan() {
        plan = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        before = actions();
    }

    int actions() {
        return dsl.fetchCount(ACTION, ACTION.PLAN_ID.eq(plan));
    }

    ImportPreview<ActionInput> preview(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return imports.preview(plan, name, p, n -> { });
    }

    ImportPreview<ActionInput> csv(String body) throws Exception {
        return preview("actions.csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    static String inAYear() {
        LocalDate d = LocalDate.now().plusYears(1);
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    @Test
    void aGoodCsvPreviewsEachRowAndSavesAllOfThemAsOneAuditedImport() throws Exception {
        var preview = csv("Refresh grading training,Train every call handler.,Head of Contact Centre," + inAYear()
                + ",0,Not started,2\n"
                + "Audit missing person reports,,Missing Persons Coordinator," + LocalDate.now().plusMonths(6)
                + ",30,in progress,Recommendation 1; 2\n");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows().get(1).shown()).containsExactly("Audit missing person reports", "",
                "Missing Persons Coordinator", org.oversight.base.Formats.date(LocalDate.now().plusMonths(6)), "30%",
                "In progress", "Recommendation 1; Recommendation 2");
        assertThat(actions()).as("nothing saved by the preview").isEqualTo(before);

        int saved = imports.save(preview, SubmissionKey.fresh(), n -> { });

        assertThat(saved).isEqualTo(2);
        assertThat(actions()).isEqualTo(before + 2);
        long audit = fx.action(plan, "Audit missing person reports");
        assertThat(dsl.fetchCount(ACTION_RECOMMENDATION, ACTION_RECOMMENDATION.ACTION_ID.eq(audit))).isEqualTo(2);
        assertThat(fx.actionRow(audit).getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        long rec2 = fx.item(PlanFixtures.SURREY_MISSING_PERSON, "2", "SURREY");
        assertThat(fx.itemRow(rec2).getTargetOn()).as("the item's target is the latest date of its actions")
                .isEqualTo(LocalDate.now().plusYears(1));
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("IMPORTED"), AUDIT_EVENT.ENTITY_ID.eq(plan),
                AUDIT_EVENT.ENTITY_TYPE.eq("action_plan"))).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACTION_CREATED"), AUDIT_EVENT.ENTITY_ID.eq(audit))).isEqualTo(1);
    }

    @Test
    void confirmingTwiceSavesOnce() throws Exception {
        var preview = csv("Refresh grading training,,Head of Contact Centre," + inAYear() + ",,,2\n");
        SubmissionKey key = SubmissionKey.fresh();
        imports.save(preview, key, n -> { });
        imports.save(preview, key, n -> { });
        assertThat(actions()).isEqualTo(before + 1);
    }

    @Test
    void everyBadRowIsNamedWithItsColumnAndNothingIsSaved() throws Exception {
        var preview = csv("Good row,,Head of Contact Centre," + inAYear() + ",,,2\n"
                + "Impossible date,,Someone,31/02/2027,,,2\n"
                + "Far future,,Someone,01/01/2099,,,2\n"
                + "\u200B\u00A0,,Someone," + inAYear() + ",,,2\n"
                + "Unknown recommendation,,Someone," + inAYear() + ",,,7\n"
                + "=1+1,,Someone," + inAYear() + ",,,2\n"
                + "Bad progress,,Someone," + inAYear() + ",lots,Finished,2\n"
                + "No recommendation,,Someone," + inAYear() + ",,,\n");

        assertThat(preview.ok()).isFalse();
        assertThat(preview.rows().getFirst().ok()).isTrue();
        assertThat(preview.problems()).extracting(ImportProblem::describe).anySatisfy(m ->
                assertThat(m).startsWith("Row 3, Due date: ").contains("not a real date"));
        assertThat(preview.problems()).extracting(ImportProblem::describe).anySatisfy(m ->
                assertThat(m).startsWith("Row 4, Due date: The due date must be between"));
        assertThat(preview.problems()).extracting(ImportProblem::describe).anySatisfy(m ->
                assertThat(m).startsWith("Row 5, Title: Give the action a short title."));
        assertThat(preview.problems()).extracting(ImportProblem::describe).anySatisfy(m ->
                assertThat(m).startsWith("Row 6, Recommendations: “7” is not one of this report's recommendations"));
        assertThat(preview.problems()).extracting(ImportProblem::describe).anySatisfy(m ->
                assertThat(m).startsWith("Row 7, Title: This cell holds a spreadsheet formula"));
        assertThat(preview.problems()).extracting(ImportProblem::describe).anySatisfy(m ->
                assertThat(m).startsWith("Row 8, Progress: “lots” is not a whole number"));
        assertThat(preview.problems()).extracting(ImportProblem::describe).anySatisfy(m ->
                assertThat(m).startsWith("Row 8, Status: “Finished” is not a status"));
        assertThat(preview.problems()).extracting(ImportProblem::describe).anySatisfy(m ->
                assertThat(m).startsWith("Row 9, Recommendations: Choose the recommendations"));

        assertThatThrownBy(() -> imports.save(preview, SubmissionKey.fresh(), n -> { }))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Nothing has been saved");
        assertThat(actions()).isEqualTo(before);
    }

    @Test
    void aGoodExcelWorkbookImportsTheSame() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Actions");
            String[][] rows = {{"Title", "Owner", "Due date", "Recommendations"},
                    {"Refresh grading training", "Head of Contact Centre", LocalDate.now().plusMonths(4).toString(), "2"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        var preview = preview("actions.xlsx", xlsx);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.encoding()).isEqualTo("XLSX");
        imports.save(preview, SubmissionKey.fresh(), n -> { });
        assertThat(fx.actionRow(fx.action(plan, "Refresh grading training")).getDueOn()).isEqualTo(LocalDate.now().plusMonths(4));
    }

    @Test
    void theTemplatesNameThePlansOwnRecommendations() throws Exception {
        String csv = new String(imports.csvTemplate(plan), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + HEADER.strip());
        var preview = preview("template.csv", imports.csvTemplate(plan));
        assertThat(preview.problems()).as("the template's own examples import").isEmpty();
        assertThat(imports.xlsxTemplate(plan)).isNotEmpty();
    }

    @Test
    @WithUserDetails("devon")
    void anotherForcesLeadCannotImportIntoThePlan() {
        assertThatThrownBy(() -> csv("Sneaky,,Someone," + inAYear() + ",,,2\n")).isInstanceOf(AccessDeniedException.class);
        assertThat(imports.plans()).noneMatch(p -> p.planId() == plan);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void watchdogStaffCannotImportActions() {
        long hmicfrsPlan = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
        plan = hmicfrsPlan;
        assertThatThrownBy(() -> csv("Sneaky,,Someone," + inAYear() + ",,,AFI 1\n")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("chief.surrey")
    void aChiefOfficerReadsThePlanButCannotImportIntoIt() {
        assertThatThrownBy(() -> csv("Sneaky,,Someone," + inAYear() + ",,,2\n")).isInstanceOf(AccessDeniedException.class);
        assertThat(actions()).isEqualTo(before);
    }
}
