package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action code the application writes to the audit trail has plain words in {@link AuditWords}. The codes are
 * read from the sources, where they are written: {@code audit.record("CODE", …)}, {@code recordForAccount},
 * the sign-in events ({@code publish("LOGIN", …)}), account changes ({@code new AccountChange("CODE", …)}) and
 * the two-way choices ({@code enabled ? "USER_REACTIVATED" : "USER_DEACTIVATED"}).
 */
class EveryAuditActionHasPlainWordsTest {

    private static final Pattern WRITTEN = Pattern.compile(
            "(?:\\brecord|\\brecordForAccount|\\bpublish|new AccountChange)\\(\\s*(?:\\w+ \\? \"([A-Z][A-Z_]+)\" : )?\"([A-Z][A-Z_]+)\"");
    /** Publishing writes "<kind>_UNPUBLISHED" for the two kinds it unpublishes (responses and updates). */
    private static final Pattern SUFFIXED = Pattern.compile("record\\(kind \\+ \"(_[A-Z_]+)\"");

    @Test
    void everyCodeWrittenInTheSourcesHasALabel() {
        Set<String> codes = codesInSources();
        assertThat(codes).as("the scan finds the codes (a broken pattern would find none)").hasSizeGreaterThan(50)
                .contains("CLOCK_EXTENDED", "PLAN_RETURNED", "LOGIN_FAILED", "USER_DEACTIVATED", "RESPONSE_UNPUBLISHED");
        assertThat(codes).allSatisfy(code -> assertThat(AuditWords.hasLabel(code)).as("plain words for " + code).isTrue());
    }

    @Test
    void theLabelsSayWhatHappened() {
        assertThat(AuditWords.action("CLOCK_EXTENDED", "clock")).isEqualTo("Deadline extended");
        assertThat(AuditWords.action("PLAN_RETURNED", "action_plan")).isEqualTo("Plan returned");
        assertThat(AuditWords.action("CREATE", "report")).isEqualTo("Report created");
        assertThat(AuditWords.record("action_plan", 12L)).isEqualTo("Action plan 12");
        assertThat(AuditWords.link("action_plan", 12L)).contains("plans/12");
        assertThat(AuditWords.link("clock", 7L)).contains("audit?type=clock&id=7");
        assertThat(AuditWords.link("app_user", null)).isEmpty();
    }

    @Test
    void fieldChangesReadAsBeforeAndAfterWithUkDates() {
        assertThat(AuditWords.changes("{\"dueOn\":\"2027-03-31\",\"status\":\"PLAN_AWAITED\"}",
                "{\"dueOn\":\"2027-06-30\",\"reason\":\"Trainer left\",\"status\":\"PLAN_AWAITED\"}"))
                .containsExactly("Due on: 31 Mar 2027 → 30 Jun 2027", "Reason: — → Trainer left");
        assertThat(AuditWords.changes(null, "{\"value\":\"Plain note\"}")).containsExactly("Value: — → Plain note");
        assertThat(AuditWords.changes("{\"items\":[3,4]}", null)).containsExactly("Items: 3, 4 → —");
    }

    static Set<String> codesInSources() {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = read(f);
                Matcher m = WRITTEN.matcher(source);
                while (m.find()) {
                    if (m.group(1) != null) {
                        codes.add(m.group(1));
                    }
                    codes.add(m.group(2));
                }
                Matcher s = SUFFIXED.matcher(source);
                while (s.find()) {
                    codes.add("RESPONSE" + s.group(1));
                    codes.add("UPDATE" + s.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
