package org.oversight.recommendation.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words of a text as {@link SearchWordTrigger} keeps them: the search words that decision 0115 meant to give H2
 * for the register's text search. Both ways of reading them were slower at national scale than reading every text
 * (docs/performance.md, "Register paging and search"), so nothing reads them and {@code db/vendor/h2/V1522} drops the
 * triggers and tables again; this class and the trigger stay only because {@code V1520} names the trigger, which H2
 * loads when the migration creates it on a new database.
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
