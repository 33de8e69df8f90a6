package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The preview as the import page runs it: in its own transaction, not inside a test's. A refused row is a problem in
 * the preview; it once marked the preview's transaction rollback-only, so that committing it failed and the page
 * never showed the preview (seen in Chromium). The preview saves nothing, so nothing needs rolling back here.
 */
@DatabaseTest
@WithUserDetails("surrey")
class ActionPreviewOutsideATestTransactionTest {

    @Autowired ActionImport imports;
    @Autowired PlanFixtures fx;
    @TempDir Path dir;

    @Test
    void aFileWithARefusedRowPreviewsWithTheRowNamed() throws Exception {
        long plan = fx.plan(PlanFixtures.SURREY_MISSING_PERSON, "SURREY");
        Path file = dir.resolve("actions.csv");
        Files.writeString(file, LeadImportsActionsTest.HEADER + "Audit a month of calls,,Coordinator,31/02/2027,,,2\n"
                + "\u200B,,Coordinator,01/01/2027,,,2\n",
                StandardCharsets.UTF_8);

        var preview = imports.preview(plan, "actions.csv", file, n -> { });

        assertThat(preview.ok()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("Row 2, Due date: ").contains("not a real date"))
                .anySatisfy(m -> assertThat(m).startsWith("Row 3, Title: Give the action a short title."));
    }
}
