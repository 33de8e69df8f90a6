package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.oversight.recommendation.internal.JooqRegisterQuery;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keyset paging ({@link RegisterPager}) and pages asked by offset give exactly the rows of the whole selection
 * ordered at once (the export's plain ORDER BY, with nothing bounded or skipped), in the same order, for every
 * sortable column in both directions, with filters, text search and the user's scope, across the boundary into
 * the rows with no deadline, and when the grid jumps ahead to a page it has not reached.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class KeysetPagingMatchesOffsetTest {

    static final List<String> PROPERTIES = List.of("reference", "number", "recipient", "kind", "priority", "status",
            "due", "watchdog", "published", "id");

    @Autowired
    RecommendationRegister register;
    @Autowired
    DSLContext dsl;
    @Autowired
    JooqRegisterQuery query;
    @Autowired
    Clock clock;

    @Test
    void everyOrderWalkedPageByPageGivesTheOffsetRows() {
        List<List<SortBy>> orders = new ArrayList<>();
        orders.add(List.of());
        for (String p : PROPERTIES) {
            orders.add(List.of(SortBy.asc(p)));
            orders.add(List.of(SortBy.desc(p)));
        }
        orders.add(List.of(SortBy.asc("status"), SortBy.desc("due")));
        for (List<SortBy> sort : orders) {
            // only the deadline can be empty, so only its orders need the whole walk (below); 120 rows for the rest
            assertSameAsOffset(RegisterFilter.NONE, sort, 40, 120);
        }
    }

    @Test
    void someItemsHaveNoDeadlineSoTheWalkCrossesIntoThem() {
        assertThat(dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.DUE_ON.isNull())).isPositive();
        assertThat(dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.DUE_ON.isNotNull())).isPositive();
        // pages of 13 and of 50 end at different places before, across and after the boundary
        assertSameAsOffset(RegisterFilter.NONE, List.of(), 13);
        assertSameAsOffset(RegisterFilter.NONE, List.of(SortBy.asc("due")), 50);
        assertSameAsOffset(RegisterFilter.NONE, List.of(SortBy.desc("due")), 50);
    }

    @Test
    void filtersAndTextSearchNarrowTheWalkAsTheyNarrowOffsetPages() {
        var open = new RegisterFilter(null, null, Set.of(Status.OPEN, Status.IN_PROGRESS), null, null, null,
                false, null, null, null, null);
        var search = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, "training");
        var overdue = new RegisterFilter(null, null, Set.of(), null, null, null, true, null, null, null, null);
        for (RegisterFilter f : List.of(open, search, overdue)) {
            assertThat(register.count(f)).isPositive();
            assertSameAsOffset(f, List.of(), 9);
            assertSameAsOffset(f, List.of(SortBy.asc("reference")), 9, 60);
        }
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadsWalkStaysInsideTheirScope() {
        List<RegisterRow> walked = walk(new RegisterPager(register), RegisterFilter.NONE, List.of(SortBy.desc("due")), 4,
                RecommendationRegister.MAX_PAGE);
        assertThat(walked).isNotEmpty().allSatisfy(r -> assertThat(r.recipientName()).isEqualTo("Surrey Police"));
        assertThat(walked).hasSize(register.count(RegisterFilter.NONE));
    }

    @Test
    void aJumpAheadSeeksFromTheNearestPageAndSkipsTheRest() {
        RegisterPager pager = new RegisterPager(register);
        List<RegisterRow> all = whole(RegisterFilter.NONE, List.of());
        assertThat(all.size()).isGreaterThan(60);
        assertThat(pager.page(RegisterFilter.NONE, 0, 10, List.of())).isEqualTo(all.subList(0, 10));
        // the grid drags its scroll bar: rows 37 to 49, from the bookmark at 10 plus 27 skipped
        assertThat(pager.page(RegisterFilter.NONE, 37, 13, List.of())).isEqualTo(all.subList(37, 50));
        assertThat(pager.page(RegisterFilter.NONE, 50, 10, List.of())).isEqualTo(all.subList(50, 60));
        // back to an earlier place, then a different order: nothing remembered for the old one is used
        assertThat(pager.page(RegisterFilter.NONE, 20, 5, List.of())).isEqualTo(all.subList(20, 25));
        assertThat(pager.page(RegisterFilter.NONE, 10, 10, List.of(SortBy.asc("reference"))))
                .isEqualTo(whole(RegisterFilter.NONE, List.of(SortBy.asc("reference"))).subList(10, 20));
    }

    @Test
    void pagesAskedByOffsetAreSlicesOfTheWholeOrder() {
        var overdue = new RegisterFilter(null, null, Set.of(), null, null, null, true, null, null, null, null);
        var search = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, "training");
        List<List<SortBy>> orders = List.of(List.of(), List.of(SortBy.asc("due")), List.of(SortBy.desc("due")),
                List.of(SortBy.asc("published")), List.of(SortBy.desc("published")), List.of(SortBy.asc("reference")));
        for (RegisterFilter f : List.of(RegisterFilter.NONE, overdue, search)) {
            for (List<SortBy> sort : orders) {
                List<RegisterRow> all = whole(f, sort);
                for (int size : List.of(7, 50)) {
                    // every start, so that pages begin and end on ties, on the last dated row and past the end
                    for (int offset = 0; offset <= all.size() + 1; offset += offset < 30 ? 1 : 11) {
                        assertThat(register.page(f, offset, size, sort)).as("%s by %s from %d, %d rows", f, sort, offset, size)
                                .isEqualTo(all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())));
                    }
                }
            }
        }
    }

    /** The whole selection walked page by page equals the whole selection in one plain ORDER BY. */
    private void assertSameAsOffset(RegisterFilter filter, List<SortBy> sort, int pageSize) {
        assertSameAsOffset(filter, sort, pageSize, RecommendationRegister.MAX_PAGE);
    }

    private void assertSameAsOffset(RegisterFilter filter, List<SortBy> sort, int pageSize, int rows) {
        int count = register.count(filter);
        List<RegisterRow> whole = whole(filter, sort);
        assertThat(whole).hasSize(count);
        List<RegisterRow> expected = whole.subList(0, Math.min(rows, count));
        assertThat(walk(new RegisterPager(register), filter, sort, pageSize, rows)).as("keyset pages of %s by %s", filter, sort)
                .isEqualTo(expected);
    }

    /** Every row of the selection for the signed-in user, in one statement with the order and no bound or skip. */
    private List<RegisterRow> whole(RegisterFilter filter, List<SortBy> sort) {
        List<RegisterRow> rows = new ArrayList<>();
        query.forEach(filter, register.scope(), LocalDate.now(clock), sort, rows::add);
        return rows;
    }

    private static List<RegisterRow> walk(RegisterPager pager, RegisterFilter filter, List<SortBy> sort, int pageSize,
                                          int upTo) {
        List<RegisterRow> rows = new ArrayList<>();
        for (int offset = 0; offset < upTo; offset += pageSize) {
            List<RegisterRow> page = pager.page(filter, offset, Math.min(pageSize, upTo - offset), sort);
            rows.addAll(page);
            if (page.isEmpty()) {
                break;
            }
        }
        return rows;
    }
}
