package org.oversight.recommendation.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The recommendations a text search across every organisation matches, found on H2 through its search words
 * ({@code db/vendor/h2/V1533}, kept by {@link SearchWordTrigger}; decision 0129): the words containing the search's
 * longest run of letters and digits from the word list, their texts' owners from the words, and each owner's text
 * then confirmed by the same {@code containsIgnoreCase} as ever. Every step is a statement of its own whose result
 * is written into the next as literals: H2 ran a look-up inside a statement again for every row, and compared bound
 * parameters of an IN list one by one (decision 0115 as amended).
 */
final class H2SearchWords {

    /** Shorter runs match too many words to be worth it; the texts are then read as before (as pg_trgm does). */
    private static final int SHORTEST_RUN = 3;
    private static final Table<?> WORDS = table(name("search_word"));
    private static final Table<?> WORD_LIST = table(name("search_word_list"));
    private static final Field<String> WORD = field(name("word"), String.class);
    private static final Field<String> KIND = field(name("kind"), String.class);
    private static final Field<Long> OWNER = field(name("owner_id"), Long.class);

    private H2SearchWords() {
    }

    /**
     * The ids of the recommendations a text search across every organisation matches, for the register to write into
     * its statements: through the search words ({@link #matching}), or by reading every text when the search has no
     * run long enough. However many they are: decision 0129's bound of 5,000, above which the register asked H2 the
     * sub-query forms again, made a common word's search take minutes (H2 ran the matching sub-query for every item),
     * where 14,820 ids written in cost 25–60 ms a statement at national scale (decision 0133).
     */
    static List<Long> ids(DSLContext dsl, String q) {
        List<Long> ids = matching(dsl, q);
        return ids != null ? ids : dsl.fetch(RegisterConditions.matchingRecommendations(q)).getValues(0, Long.class);
    }

    /** The matching recommendations' ids, ascending; null when the search has no run long enough to look up. */
    static List<Long> matching(DSLContext dsl, String q) {
        String run = SearchWords.of(q).stream().max(Comparator.comparingInt(String::length)).orElse("");
        if (run.length() < SHORTEST_RUN) {
            return null;
        }
        List<String> words = dsl.selectDistinct(WORD).from(WORD_LIST).where(WORD.contains(run)).fetch(WORD);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Long> texts = new ArrayList<>();
        List<Long> reports = new ArrayList<>();
        for (var owner : dsl.selectDistinct(KIND, OWNER).from(WORDS).where(WORD.in(words.stream().<Field<String>>map(w -> inline(w)).toList()))
                .fetch()) {
            (SearchWords.RECOMMENDATION.equals(owner.value1()) ? texts : reports).add(owner.value2());
        }
        TreeSet<Long> ids = new TreeSet<>();
        if (!texts.isEmpty()) {
            ids.addAll(dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION).where(RECOMMENDATION.ID.in(RegisterConditions.literals(texts)))
                    .and(RECOMMENDATION.TEXT.containsIgnoreCase(q)).fetch(RECOMMENDATION.ID));
        }
        if (!reports.isEmpty()) {
            List<Long> matched = dsl.select(REPORT.ID).from(REPORT).where(REPORT.ID.in(RegisterConditions.literals(reports)))
                    .and(REPORT.REFERENCE.containsIgnoreCase(q).or(REPORT.TITLE.containsIgnoreCase(q))).fetch(REPORT.ID);
            if (!matched.isEmpty()) {
                ids.addAll(dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION)
                        .where(RECOMMENDATION.REPORT_ID.in(RegisterConditions.literals(matched))).fetch(RECOMMENDATION.ID));
            }
        }
        return List.copyOf(ids);
    }
}
