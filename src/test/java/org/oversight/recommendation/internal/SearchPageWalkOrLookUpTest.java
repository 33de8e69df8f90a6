package org.oversight.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.oversight.db.Tables.RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.RegisterRow;
import org.oversight.recommendation.SortBy;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A national text search on H2 asks its matching recommendations of each item as the page's walk reads it when the
 * walk reads fewer items than the matches, and looks each match up otherwise, and counts a word found in half the
 * recommendations by reading every item (decision 0140): either way the pages are slices of the whole selection in
 * one plain ORDER BY, and the count is the selection's.
 */
@DatabaseTest
class SearchPageWalkOrLookUpTest {

    @Autowired
    JooqRegisterQuery query;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    void theWalkIsChosenWhenItReadsFewerItemsThanTheMatches() {
        // the national data set: 18,786 recommendations; "grooming" matches 1,648, a rare word a handful
        assertThat(H2SearchWords.walks(1_648, 50, 18_786)).isTrue();
        assertThat(H2SearchWords.walks(20, 50, 18_786)).isFalse();
        // deeper pages need more matches before a walk pays
        assertThat(H2SearchWords.walks(1_648, 200, 18_786)).isFalse();
    }

    @Test
    void pagesOfACommonWordWalkedAndOfARareWordLookedUpAreSlicesOfTheWholeOrder() {
        assumeTrue(dsl.dialect().family() == SQLDialect.H2, "PostgreSQL's search reads its trigram indexes (decision 0131)");
        int recommendations = dsl.fetchCount(RECOMMENDATION);
        String common = Stream.of("the", "should", "forces", "police", "review")
                .max(Comparator.comparingInt(w -> H2SearchWords.ids(dsl, w).size())).orElseThrow();
        List<Long> commonIds = H2SearchWords.ids(dsl, common);
        assertThat(H2SearchWords.walks(commonIds.size(), 7, recommendations)).as("\"%s\" is walked", common).isTrue();
        assertThat(commonIds.size() * 2).as("\"%s\" is counted by reading every item", common).isGreaterThanOrEqualTo(recommendations);
        // the rarest word of the first texts
        String rare = dsl.select(RECOMMENDATION.TEXT).from(RECOMMENDATION).orderBy(RECOMMENDATION.ID).limit(20)
                .fetch(RECOMMENDATION.TEXT).stream().flatMap(t -> Stream.of(t.split("[^\\p{L}\\p{N}]+")))
                .filter(w -> w.length() >= 3).min(Comparator.comparingInt(w -> H2SearchWords.ids(dsl, w).size())).orElseThrow();
        assertThat(H2SearchWords.walks(H2SearchWords.ids(dsl, rare).size(), 7, recommendations)).as("\"%s\" is looked up", rare)
                .isFalse();
        for (String q : List.of(common, rare)) {
            RegisterFilter search = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, q);
            for (List<SortBy> sort : List.of(List.<SortBy>of(), List.of(SortBy.desc("due")), List.of(SortBy.asc("published")),
                    List.of(SortBy.asc("reference")))) {
                List<RegisterRow> all = whole(search, sort);
                assertThat(all).as(q).isNotEmpty();
                assertThat(query.countWithFirstPage(search, ItemScope.everything(), today(), 7, sort).rows())
                        .as("\"%s\" by %s, the screen's first page", q, sort).isEqualTo(all.subList(0, Math.min(7, all.size())));
                assertThat(query.count(search, ItemScope.everything(), today())).isEqualTo(all.size());
                for (int offset = 0; offset <= all.size(); offset += Math.max(1, all.size() / 9)) {
                    assertThat(query.page(search, ItemScope.everything(), today(), offset, 7, sort))
                            .as("\"%s\" by %s from %d", q, sort, offset)
                            .isEqualTo(all.subList(offset, Math.min(offset + 7, all.size())));
                }
            }
        }
    }

    private List<RegisterRow> whole(RegisterFilter filter, List<SortBy> sort) {
        List<RegisterRow> rows = new ArrayList<>();
        query.forEach(filter, ItemScope.everything(), today(), sort, rows::add);
        return rows;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
