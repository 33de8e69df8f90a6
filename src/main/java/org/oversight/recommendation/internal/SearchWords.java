package org.oversight.recommendation.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words of a text as {@link SearchWordTrigger} keeps them on H2 ({@code db/vendor/h2/V1533}): the runs of letters
 * and digits, lower-cased. A text search across every organisation looks its longest run up among them
 * ({@link H2SearchWords}, decision 0129; first tried and dropped in decisions 0115 and V1522).
 */
final class SearchWords {

    /** A recommendation's text. */
    static final String RECOMMENDATION = "R";
    /** A report's title and reference. */
    static final String REPORT = "P";

    private SearchWords() {
    }

    /** The words of the texts: the runs of letters and digits of each, lower-cased as the database's LOWER does. */
    static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String lower = lower(text);
            int start = -1;
            for (int i = 0; i < lower.length(); ) {
                int c = lower.codePointAt(i);
                boolean inWord = Character.isLetterOrDigit(c);
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    words.add(lower.substring(start, i));
                    start = -1;
                }
                i += Character.charCount(c);
            }
            if (start >= 0) {
                words.add(lower.substring(start));
            }
        }
        return words;
    }

    /**
     * Exactly H2's LOWER ({@code org.h2.expression.function.StringFunction1} calls {@code String.toLowerCase()}, in
     * the JVM's default locale; embedded H2 runs in this JVM, so both lower-case alike in every locale).
     */
    @SuppressWarnings("StringCaseLocaleUsage") // i18n-ok: a compiler warning's name
    static String lower(String text) {
        return text.toLowerCase();
    }
}
