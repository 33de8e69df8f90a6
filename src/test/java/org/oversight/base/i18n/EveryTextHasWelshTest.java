package org.oversight.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every English text has a Welsh one (decision 0090): the same keys in both, nothing blank, each a valid ICU message
 * with the same arguments, and Welsh that is not English copied over. And every key the code or a template asks for
 * exists, so no screen shows a bracketed key.
 */
class EveryTextHasWelshTest {

    /** Texts that are the same in both languages: abbreviations, numbers and names, with no English word in them. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{3,}");

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Messages\\.t|\\bt)\\(\\s*(?:[A-Za-z.]+,\\s*)?\"([a-z][a-z0-9-]*\\.[a-z0-9.-]+)\"");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-z][a-z0-9-]*\\.[a-z0-9.-]+)");

    @Test
    void welshHasEveryKeyAndNoOther() {
        Map<String, String> english = Messages.all(Language.ENGLISH);
        Map<String, String> welsh = Messages.all(Language.WELSH);
        assertThat(english).as("the English bundles").isNotEmpty();
        assertThat(new TreeSet<>(welsh.keySet())).as("keys with a Welsh text")
                .containsExactlyElementsOf(new TreeSet<>(english.keySet()));
    }

    @Test
    void everyTextIsAValidMessageWithTheSameArgumentsInBothLanguages() {
        List<String> problems = new ArrayList<>();
        Messages.all(Language.ENGLISH).forEach((key, en) -> {
            String cy = Messages.all(Language.WELSH).get(key);
            if (cy == null) {
                return;
            }
            if (en.isBlank() || cy.isBlank()) {
                problems.add(key + ": blank");
                return;
            }
            try {
                if (!arguments(en).equals(arguments(cy))) {
                    problems.add(key + ": arguments " + arguments(en) + " in English but " + arguments(cy) + " in Welsh");
                }
            } catch (IllegalArgumentException e) {
                problems.add(key + ": not a valid message: " + e.getMessage());
            }
            if (en.equals(cy) && ENGLISH_WORD.matcher(en).find()) {
                problems.add(key + ": Welsh is the English text \"" + en + "\"");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeAndTemplatesAskForExists() throws IOException {
        List<String> missing = new ArrayList<>();
        scan(Path.of("src/main/java"), ".java", KEY_IN_CODE, missing);
        scan(Path.of("src/main/resources/templates"), ".html", KEY_IN_TEMPLATE, missing);
        scan(Path.of("src/main/resources/templates"), ".txt", KEY_IN_TEMPLATE, missing);
        assertThat(missing).as("keys used but in no bundle").isEmpty();
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        Matcher m = KEY_IN_CODE.matcher("label(getTranslation(\"plan.submit\", n)); Messages.t(Language.WELSH, \"a.b\")");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("plan.submit");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("a.b");
        assertThat(ENGLISH_WORD.matcher("IOPC").find()).isFalse();
        assertThat(ENGLISH_WORD.matcher("{0} / {1}").find()).isFalse();
        assertThat(ENGLISH_WORD.matcher("Save").find()).isTrue();
        assertThat(arguments("{0, plural, one {# day} other {# days}} since {1}")).containsExactly("0", "1");
    }

    private static TreeSet<String> arguments(String message) {
        MessagePattern p = new MessagePattern(message);
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < p.countParts(); i++) {
            MessagePattern.Part part = p.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME
                    || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(p.getSubstring(part));
            }
        }
        return names;
    }

    private static void scan(Path root, String suffix, Pattern key, List<String> missing) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!Messages.has(m.group(1))) {
                        missing.add(m.group(1) + " in " + root.relativize(f));
                    }
                }
            }
        }
    }
}
