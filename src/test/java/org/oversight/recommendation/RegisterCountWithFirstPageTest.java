package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.internal.JooqRegisterQuery;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The count a register screen shows and the rows of its first page, read together by {@link RegisterPager#count}
 * (for a text search across every organisation in one statement, decision 0125), are the count and the rows of
 * the whole selection in one plain ORDER BY; the page handed over from the count is followed by the right next page.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class RegisterCountWithFirstPageTest {

    @Autowired
    RecommendationRegister register;
    @Autowired
    JooqRegisterQuery query;
    @Autowired
    Clock clock;

    @Test
    void aSearchAcrossEveryOrganisationCountsAndShowsWhatTheWholeSelectionHolds() {
        assertThat(register.scope().seesEveryOrganisation()).isTrue();
        List<List<SortBy>> orders = List.of(List.of(), List.of(SortBy.asc("reference")), List.of(SortBy.desc("due")));
        // a word of many texts, a piece in capitals, a report's reference piece, and nothing at all
        String reference = whole(RegisterFilter.NONE, List.of()).getFirst().reportReference();
        for (String q : List.of("training", "GROOM", reference.substring(0, Math.min(6, reference.length())), "zqxjzqxj")) {
            var search = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, q);
            for (List<SortBy> sort : orders) {
                List<RegisterRow> all = whole(search, sort);
                RegisterPager pager = new RegisterPager(register);
                assertThat(pager.count(search, sort, 7)).as("count of %s by %s", q, sort).isEqualTo(all.size())
                        .isEqualTo(register.count(search));
                assertThat(pager.page(search, 0, 7, sort)).as("first page of %s by %s", q, sort)
                        .isEqualTo(all.subList(0, Math.min(7, all.size())));
                assertThat(pager.page(search, 7, 7, sort)).as("second page of %s by %s", q, sort)
                        .isEqualTo(all.subList(Math.min(7, all.size()), Math.min(14, all.size())));
                // the grid asks for more rows than were read with the count: read again, not cut short
                pager.count(search, sort, 7);
                assertThat(pager.page(search, 0, 20, sort)).isEqualTo(all.subList(0, Math.min(20, all.size())));
            }
        }
    }

    @Test
    void otherSelectionsCountAndShowTheirRowsAsBefore() {
        var overdue = new RegisterFilter(null, null, Set.of(), null, null, null, true, null, null, null, null);
        for (RegisterFilter f : List.of(RegisterFilter.NONE, overdue)) {
            RegisterPager pager = new RegisterPager(register);
            List<RegisterRow> all = whole(f, List.of());
            assertThat(pager.count(f, List.of(), 50)).isEqualTo(all.size()).isPositive();
            assertThat(pager.page(f, 0, 50, List.of())).isEqualTo(all.subList(0, Math.min(50, all.size())));
        }
    }

    /** Every row of the selection for the signed-in user, in one statement with the order and no bound or skip. */
    private List<RegisterRow> whole(RegisterFilter filter, List<SortBy> sort) {
        List<RegisterRow> rows = new ArrayList<>();
        query.forEach(filter, register.scope(), LocalDate.now(clock), sort, rows::add);
        return rows;
    }
}
