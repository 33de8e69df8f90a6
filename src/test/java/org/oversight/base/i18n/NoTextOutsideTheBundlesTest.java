package org.oversight.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words written into the code of a translated feature (decision 0090): in its views, and in the messages its
 * services give people, every text comes from the bundles, so Welsh readers never meet English. A literal that reads
 * like words (starts with a capital letter followed by a small one: "Save", "Due date") is a finding, unless its line
 * is for programmers (a log line, an exception no person sees) or says why with {@code // i18n-ok: reason}.
 */
class NoTextOutsideTheBundlesTest {

    /**
     * Features whose words are not all in bundles yet; each leaves this list as it is translated, until it is empty.
     * Every other feature under {@code org.oversight} is checked.
     */
    static final Set<String> NOT_YET = Set.of();

    /**
     * Features that speak English outside their screens ({@code ui}), by decision 0090: the API answers other
     * systems (its problem details and OpenAPI document are in English), and the demo story's content is what its
     * users typed. Their screens are checked like every other.
     */
    static final Set<String> ENGLISH_ONLY = Set.of("api", "demo");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("[A-Z][a-z’'].*|.*[a-z]{2,} [a-z]{2,}.*");
    private static final Pattern FOR_PROGRAMMERS = Pattern.compile(
            "\\b(?:log|LOG)\\.\\w+\\(|IllegalStateException|IllegalArgumentException|UnsupportedOperationException"
                    + "|NullPointerException|requireNonNull|AssertionError|i18n-ok|@Route|@Schema|@Operation|@Tag"
                    + "|@Parameter|@ApiResponse|@Value|@Query|@Scheduled|@ConfigurationProperties|@Test"
                    + "|setThemeName|addThemeVariants|addClassNames?\\(|getThemeList|getStyle\\(\\)");
    private static final Pattern SERVICE_MESSAGE = Pattern.compile(
            "new (?:RuleViolation|InvalidInput|ConcurrentEdit|AccessDenied|NotFound)\\w*\\(");

    @Test
    void translatedFeaturesHaveNoWordsInTheirCode() throws IOException {
        List<String> findings = new ArrayList<>();
        Path features = Path.of("src/main/java/org/oversight");
        for (String feature : NOT_YET) {
            assertThat(features.resolve(feature)).as("feature " + feature + " still to translate").isDirectory();
        }
        List<Path> translated;
        try (Stream<Path> dirs = Files.list(features)) {
            translated = dirs.filter(Files::isDirectory)
                    .filter(d -> !NOT_YET.contains(d.getFileName().toString()))
                    .map(d -> ENGLISH_ONLY.contains(d.getFileName().toString()) ? d.resolve("ui") : d)
                    .filter(Files::isDirectory).sorted().toList();
        }
        for (Path root : translated) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    findings.addAll(findings(f));
                }
            }
        }
        assertThat(findings).as("words outside the bundles (move them to i18n/<feature>.properties and _cy)")
                .isEmpty();
    }

    @Test
    void theScanFindsWordsAndLetsCodeBe() {
        assertThat(findingsIn("x.java", "    add(new Button(\"Save plan\"));")).hasSize(1);
        assertThat(findingsIn("x.java", "    throw new RuleViolationException(\"the plan is closed\");")).hasSize(1);
        assertThat(findingsIn("x.java", "    addClassName(\"ot-card\"); getElement().setAttribute(\"aria-live\", \"polite\");"))
                .isEmpty();
        assertThat(findingsIn("x.java", "    log.info(\"Ready at {}\", url);")).isEmpty();
        assertThat(findingsIn("x.java", "    add(new Span(\"Cymraeg\")); // i18n-ok: a language's own name")).isEmpty();
        assertThat(findingsIn("x.java", "    // \"Save plan\" in a comment")).isEmpty();
    }

    private static List<String> findings(Path file) throws IOException {
        return findingsIn(file.toString(), Files.readString(file));
    }

    private static List<String> findingsIn(String file, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (inComment) {
                inComment = !trimmed.contains("*/");
                continue;
            }
            if (trimmed.startsWith("/*")) {
                inComment = !trimmed.contains("*/");
                continue;
            }
            if (trimmed.startsWith("//") || trimmed.startsWith("*") || FOR_PROGRAMMERS.matcher(line).find()) {
                continue;
            }
            Matcher m = LITERAL.matcher(stripLineComment(line));
            while (m.find()) {
                String text = m.group(1);
                boolean words = WORDS.matcher(text).matches() && !text.contains("_") && !text.matches(".*[{}<>=].*")
                        && !text.matches("[A-Za-z]+/[A-Za-z_]+");
                boolean serviceMessage = SERVICE_MESSAGE.matcher(line).find() && text.matches(".*[a-z]{2,} .*");
                if (words || serviceMessage) {
                    found.add(file + ":" + (i + 1) + " \"" + text + "\"");
                }
            }
        }
        return found;
    }

    private static String stripLineComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
