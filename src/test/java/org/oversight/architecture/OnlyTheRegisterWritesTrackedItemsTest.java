package org.oversight.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An item's status and dates in tracked_recommendation are written by the register package alone (decision 0006):
 * the workflow moves statuses, the fan-out opens items, and {@code ItemDates} moves dates for clocks, action plans
 * and corrected reports, checking the version and auditing once. Anything else that writes the table would bypass
 * those, so this test reads every production source for a write to it, through the table or a local alias of it.
 */
class OnlyTheRegisterWritesTrackedItemsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path REGISTER = Path.of("org/oversight/recommendation");
    private static final Pattern ALIAS = Pattern.compile("\\b(?:var|TrackedRecommendation)\\s+(\\w+)\\s*=\\s*(?:Tables\\.)?TRACKED_RECOMMENDATION\\s*;");

    @Test
    void onlyTheRegisterPackageWritesTrackedRecommendation() throws IOException {
        List<String> writers;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            writers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !SOURCES.relativize(p).startsWith(REGISTER))
                    .filter(p -> writesTrackedItems(read(p)))
                    .map(Path::toString).toList();
        }
        assertThat(writers).as("classes outside the register that write tracked_recommendation").isEmpty();
    }

    @Test
    void theCheckRecognisesTheRegistersOwnWrites() {
        assertThat(writesTrackedItems(read(SOURCES.resolve(REGISTER).resolve("ItemDates.java")))).isTrue();
        assertThat(writesTrackedItems(read(SOURCES.resolve(REGISTER).resolve("RecommendationFanOut.java")))).isTrue();
        assertThat(writesTrackedItems("dsl.update(TRACKED_RECOMMENDATION).set(TRACKED_RECOMMENDATION.DUE_ON, d)")).isTrue();
        assertThat(writesTrackedItems("var t = TRACKED_RECOMMENDATION; dsl.select(t.ID).from(t).fetch();")).isFalse();
    }

    static boolean writesTrackedItems(String source) {
        StringBuilder names = new StringBuilder("(?:Tables\\.)?TRACKED_RECOMMENDATION");
        Matcher alias = ALIAS.matcher(source);
        while (alias.find()) {
            names.append('|').append(Pattern.quote(alias.group(1)));
        }
        Pattern write = Pattern.compile("(?:insertInto|update|deleteFrom|delete|mergeInto)\\(\\s*(?:" + names + ")\\s*[,)]"
                + "|(?i)(?:insert\\s+into|update|delete\\s+from)\\s+tracked_recommendation\\b");
        return write.matcher(source).find();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
