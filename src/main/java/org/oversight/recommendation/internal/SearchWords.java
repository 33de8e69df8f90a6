package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;

/**
 * H2's index for the register's text search (decision 0115): every word of every recommendation's text and every
 * report's title and reference, kept by the database itself in the writer's transaction ({@link SearchWordTrigger},
 * {@code db/vendor/h2/V1520}), so that "contains, ignoring case" looks up the few texts that can match instead of
 * reading them all. A word is a longest run of letters and digits of the lower-cased text. Whatever a text contains,
 * each run of letters and digits of the search lies inside one word of the text, so the texts having a word that
 * contains the search's longest run are all the texts that can match; the register then asks the same
 * {@code containsIgnoreCase} of just those. The answer is therefore exactly the one a reading of every text gives.
 * PostgreSQL answers the same condition from its trigram indexes instead (decision 0085) and has no such tables.
 */
final class SearchWords {

    /** A recommendation's text. */
    static final String RECOMMENDATION = "R";
    /** A report's title and reference. */
    static final String REPORT = "P";
    /** A search whose longest run is shorter reads the texts: too many words contain one or two letters. */
    static final int SHORTEST = 3;

    private static final Table<?> WORD = table(name("search_word"));
    private static final Field<String> WORD_WORD = field(name("search_word", "word"), String.class);
    private static final Field<String> WORD_KIND = field(name("search_word", "kind"), String.class);
    private static final Field<Long> WORD_OWNER = field(name("search_word", "owner_id"), Long.class);
    private static final Table<?> LIST = table(name("search_word_list"));
    private static final Field<String> LIST_WORD = field(name("search_word_list", "word"), String.class);

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

    /** The longest word of the search, or null when it has none of {@link #SHORTEST} characters or more. */
    static String longest(String q) {
        String longest = null;
        for (String w : of(q)) {
            if (longest == null || w.length() > longest.length()) {
                longest = w;
            }
        }
        return longest == null || longest.length() < SHORTEST ? null : longest;
    }

    /** The ids of the texts of one kind having a word that contains {@code part}. */
    static Select<Record1<Long>> owners(String kind, String part) {
        // a join from the (short) word list, so that each listed word's texts are looked up by the index on the word
        // (as "word IN (…)", H2 read the whole index: 338,000 entries nationally)
        return select(WORD_OWNER).from(LIST).join(WORD).on(WORD_WORD.eq(LIST_WORD)).and(WORD_KIND.eq(kind))
                .where(LIST_WORD.contains(part));
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
