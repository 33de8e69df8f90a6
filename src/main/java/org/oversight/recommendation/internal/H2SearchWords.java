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
import java.util.function.IntSupplier;
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
     * The matching ids as a page's statements ask them on H2 (decision 0140). A walk along the deadline index that
     * asks each item it reads (not through the index) reads about {@code rows} × all ÷ matching items before
     * it holds the page; looking each id up through the index reads every match. So the walk from the number of
     * matches at which it reads fewer ({@link #walks}). National scale, quiet: the page's due dates for "police"
     * (14,980 ids) 21 → 4 ms, "grooming" (1,648) 5.1 → 1.7 ms; a word in a handful of texts stays a few look-ups.
     *
     * Only for the orders whose pages are walked (led by the deadline or the publication date, {@link RegisterPaging});
     * any other order sorts every match, which is cheaper to read through the index.
     *
     * @param rows the rows the page reaches (those skipped and its own)
     */
    static org.jooq.Condition forPage(List<Long> ids, IntSupplier recommendations, List<RegisterSeek.Key> order, int rows) {
        return RegisterConditions.amongIds(ids, ids.isEmpty() || !RegisterPaging.walked(order)
                || !walks(ids.size(), rows, recommendations.getAsInt()));
    }

    /**
     * The matching ids as a count asks them on H2 (decision 0140): when they are half the recommendations or more, of
     * every item as it is read, which costs less than looking each one's items up (national scale, quiet: "police",
     * 14,980 of 18,786, 12.4 → 7.6 ms; "grooming", 1,648, looked up in 3.4 ms where reading all took 5.8).
     */
    static org.jooq.Condition forCount(List<Long> ids, IntSupplier recommendations) {
        return RegisterConditions.amongIds(ids, ids.isEmpty() || ids.size() * 2L < recommendations.getAsInt());
    }

    /** How many recommendations there are, which H2 knows without reading them; asked only when a form needs it. */
    static IntSupplier recommendations(DSLContext dsl) {
        return () -> dsl.fetchCount(RECOMMENDATION);
    }

    /**
     * Whether a walk reads fewer items than the matches: {@code rows × recommendations ÷ matching ≤ matching} (items per
     * recommendation alike on both sides).
     */
    static boolean walks(int matching, int rows, int recommendations) {
        return (long) matching * matching >= (long) rows * recommendations;
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

    /**
     * The matching recommendations' ids, ascending; null when the search has no run long enough to look up. When the
     * search is one run and nothing else (a single word, as most searches are), every owner of a word containing it
     * contains the search itself, so the owners' texts are not read again to confirm it (decision 0140).
     */
    static List<Long> matching(DSLContext dsl, String q) {
        String run = SearchWords.of(q).stream().max(Comparator.comparingInt(String::length)).orElse("");
        if (run.length() < SHORTEST_RUN) {
            return null;
        }
        // the word is a run of lower(text), so lower(text) contains lower(q): containsIgnoreCase holds
        boolean confirmed = SearchWords.lower(q).equals(run);
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
        if (confirmed) {
            ids.addAll(texts);
        } else if (!texts.isEmpty()) {
            ids.addAll(dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION).where(RECOMMENDATION.ID.in(RegisterConditions.literals(texts)))
                    .and(RECOMMENDATION.TEXT.containsIgnoreCase(q)).fetch(RECOMMENDATION.ID));
        }
        if (!reports.isEmpty()) {
            List<Long> matched = confirmed ? reports
                    : dsl.select(REPORT.ID).from(REPORT).where(REPORT.ID.in(RegisterConditions.literals(reports)))
                    .and(REPORT.REFERENCE.containsIgnoreCase(q).or(REPORT.TITLE.containsIgnoreCase(q))).fetch(REPORT.ID);
            if (!matched.isEmpty()) {
                ids.addAll(dsl.select(RECOMMENDATION.ID).from(RECOMMENDATION)
                        .where(RECOMMENDATION.REPORT_ID.in(RegisterConditions.literals(matched))).fetch(RECOMMENDATION.ID));
            }
        }
        return List.copyOf(ids);
    }
}
