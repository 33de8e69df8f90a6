package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportForm;

/**
 * Every field name the audit trail can show ("Due on: 31 Mar 2027 → 30 Jun 2027") has a label of its own in English
 * and in Welsh ({@code audit.field.<name>}), instead of English words made from the stored name. The names are read
 * where they are written, as {@link EveryAuditActionHasPlainWordsTest} reads the action codes: in every source file
 * that writes to the trail or builds what it writes ({@code audit.record}, {@code recordForAccount}, the security
 * layer's {@code AccountChange} and {@code SignInEvent}, an import's {@code auditEntry()}):
 * <ul>
 * <li>the keys of {@code Map.of("key", value, …)};</li>
 * <li>{@code map.put("key", …)} on maps of objects ({@code Map<String, String>} maps there hold a form's messages
 * by field, which the trail never shows);</li>
 * <li>any name that ends in "Id" ({@code summary(update, files, "actionId", id)} names its subject so);</li>
 * <li>the components of the records written whole ({@link #WRITTEN_WHOLE}).</li>
 * </ul>
 */
class EveryAuditedFieldHasALabelTest {

    /** What makes a file one of the writers. */
    private static final List<String> WRITES = List.of("audit.record(", ".recordForAccount(", "new AccountChange(",
            "new SignInEvent(", "auditEntry()");
    /** Records that a writer hands to the trail whole (a report's form; a recommendation's, under "form"). */
    private static final List<Class<? extends Record>> WRITTEN_WHOLE = List.of(ReportForm.class, RecommendationForm.class);
    private static final Pattern NAME = Pattern.compile("\"([a-z][A-Za-z0-9]*)\"");
    private static final Pattern PUT = Pattern.compile("(\\w+)\\.put\\(\\s*\"([a-z][A-Za-z0-9]*)\"");
    private static final Pattern MESSAGES_MAP = Pattern.compile("Map<String,\\s*String>\\s+(\\w+)\\s*=");
    private static final Pattern ID_NAME = Pattern.compile("\"([a-z][A-Za-z0-9]*Id)\"");

    @Test
    void everyFieldWrittenToTheTrailHasALabelInEnglishAndWelsh() {
        Set<String> fields = fieldsInSources();
        assertThat(fields).as("the scan finds the fields (a broken pattern would find none)").hasSizeGreaterThan(60)
                .contains("dueOn", "failedLogins", "ground", "sha256", "trackedRecommendationId", "toInclusive",
                        "forceIds", "allForces", "apiTokensRevoked", "remoteAddress", "rows", "value");
        for (Language language : Language.values()) {
            Map<String, String> bundle = Messages.all(language);
            assertThat(fields).as("fields with no label in " + language)
                    .filteredOn(f -> !bundle.containsKey("audit.field." + f)).isEmpty();
        }
    }

    @Test
    void theTrailShowsTheLabelsInTheReadersLanguage() {
        String before = "{\"ground\":\"PERSONAL_DATA\",\"until\":\"2027-03-31\"}";
        String after = "{\"sha256\":\"ab12\",\"toInclusive\":\"2027-04-02\"}";
        assertThat(Language.ENGLISH.speak(() -> AuditWords.changes(before, after))).containsExactly(
                "Ground: personal data → —", "File fingerprint (SHA-256): — → ab12", "Paused until: — → 2 Apr 2027",
                "Withheld until: 31 Mar 2027 → —");
        assertThat(Language.WELSH.speak(() -> AuditWords.changes(null, "{\"toInclusive\":\"2027-04-02\"}")))
                .containsExactly("Wedi'i oedi tan: — → 2 Ebr 2027");
        assertThat(Language.WELSH.speak(() -> AuditWords.changes(null, "{\"state\":\"withheld\",\"until\":\"until published\"}")))
                .as("words the writers store as values").containsExactly("Cyhoeddi: — → wedi'i atal",
                        "Wedi'i atal tan: — → nes iddo gael ei gyhoeddi");
    }

    @Test
    void theScanReadsKeysAndLeavesFormMessagesAlone() {
        Set<String> found = new TreeSet<>();
        read("""
                Map<String, String> problems = new LinkedHashMap<>();
                problems.put("comment", Messages.t("x"));
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("planId", planId);
                audit.record("A", "b", 1L, Map.of("status", f(a, b), "note", "a, b"), summary(u, "updateId", id));
                """, found);
        assertThat(found).containsExactlyInAnyOrder("planId", "status", "note", "updateId");
    }

    static Set<String> fieldsInSources() {
        Set<String> fields = new TreeSet<>();
        fields.add("value"); // AuditJson keeps a bare text as {"value": …}
        for (Class<? extends Record> type : WRITTEN_WHOLE) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(component.getName());
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).map(EveryAuditedFieldHasALabelTest::source)
                    .filter(s -> WRITES.stream().anyMatch(s::contains)).forEach(s -> read(s, fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    private static void read(String source, Set<String> fields) {
        Set<String> messageMaps = new HashSet<>();
        MESSAGES_MAP.matcher(source).results().forEach(m -> messageMaps.add(m.group(1)));
        Matcher put = PUT.matcher(source);
        while (put.find()) {
            if (!messageMaps.contains(put.group(1))) {
                fields.add(put.group(2));
            }
        }
        int at = source.indexOf("Map.of(");
        while (at >= 0) {
            List<String> arguments = arguments(source, at + "Map.of(".length());
            for (int i = 0; i < arguments.size(); i += 2) {
                Matcher key = NAME.matcher(arguments.get(i));
                if (key.matches()) {
                    fields.add(key.group(1));
                }
            }
            at = source.indexOf("Map.of(", at + 1);
        }
        ID_NAME.matcher(source).results().forEach(m -> fields.add(m.group(1)));
    }

    /** The arguments of the call whose list starts at {@code from}, split at its own commas (not nested ones, not in text). */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inText = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inText) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == '"') {
                    inText = false;
                }
                continue;
            }
            if (c == '"') {
                inText = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth-- == 0) {
                    break;
                }
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        arguments.add(current.toString().strip());
        return arguments;
    }

    private static String source(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
