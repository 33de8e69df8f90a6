package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.base.SubmissionKey;
import org.oversight.bench.BenchLine;
import org.oversight.recommendation.FreshItems;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Not a test (run with {@code -Pbench}, or {@code -Dtest=ImportSaveBenchmark}): previews and saves a 5,000-row file
 * of each template and prints the times, rows per second and the machine's load, then rolls everything back.
 * Figures are recorded in docs/performance.md.
 */
@DatabaseTest
@Transactional
class ImportSaveBenchmark {

    static final int ROWS = 5_000;

    @Autowired RecommendationImport recommendations;
    @Autowired ActionImport actions;
    @Autowired ActionPlanService plans;
    @Autowired FreshItems fresh;
    @Autowired PlanFixtures fx;
    @TempDir Path dir;

    @Test
    void recommendationsThenActions() throws Exception {
        fx.signIn("hmicfrs");
        long report = fresh.report();
        StringBuilder csv = new StringBuilder("Number,Kind,Priority,Text,Recipients,Themes\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(i).append(",Recommendation,Medium,The force should review record ").append(i).append(".,Surrey Police,\n");
        }
        Path file = write("recommendations.csv", csv.toString());
        var preview = time("recommendations: preview", () -> recommendations.preview(report, "recommendations.csv", file, n -> { }));
        assertThat(preview.ok()).isTrue();
        int saved = time("recommendations: save", () -> recommendations.save(preview, SubmissionKey.fresh(), n -> { }));
        assertThat(saved).isEqualTo(ROWS);

        fx.signIn("surrey");
        long plan = plans.startPlan(report);
        StringBuilder rows = new StringBuilder("Title,Owner,Due date,Recommendations\n");
        String due = LocalDate.now().plusMonths(6).toString();
        for (int i = 1; i <= ROWS; i++) {
            rows.append("Review record ").append(i).append(",Head of Standards,").append(due).append(',').append(i).append('\n');
        }
        Path actionFile = write("actions.csv", rows.toString());
        var actionPreview = time("actions: preview", () -> actions.preview(plan, "actions.csv", actionFile, n -> { }));
        assertThat(actionPreview.problems()).isEmpty();
        int added = time("actions: save", () -> actions.save(actionPreview, SubmissionKey.fresh(), n -> { }));
        assertThat(added).isEqualTo(ROWS);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static <T> T time(String what, Supplier<T> work) {
        double loadBefore = BenchLine.loadAverage();
        long start = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        BenchLine.print(String.format(Locale.ROOT, "BENCH import.%s rows=%d seconds=%.2f rows_per_s=%.0f load_before=%.2f",
                what.replaceAll("[^a-z]+", "-"), ROWS, seconds, ROWS / seconds, loadBefore));
        return result;
    }
}
