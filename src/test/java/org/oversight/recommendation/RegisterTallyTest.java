package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.internal.JooqRegisterQuery;
import org.oversight.recommendation.internal.JooqRegisterTally;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A jump into the whole register with nothing remembered finds the month of publication of its row from register_tally
 * (decision 0132): with the tally right it gives the rows OFFSET gives (as KeysetPagingMatchesOffsetTest checks at
 * every offset), a tally miscounted around the workflow would move the jump's rows, and the nightly check finds
 * and mends it. That the ledger keeps the tally equal to a recount after every workflow step is
 * SummaryEqualsRecountTest's.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class RegisterTallyTest {

    @Autowired
    RecommendationRegister register;
    @Autowired
    JooqRegisterQuery query;
    @Autowired
    JooqRegisterTally tally;
    @Autowired
    ItemCountCheck check;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aJumpReadsTheTallyAndTheNightlyCheckMendsATallyMiscounted() {
        assertThat(check.checkNow()).as("rows differing after the demo data is loaded").isZero();
        assertThat(tally.stored()).isEqualTo(tally.recount()).isNotEmpty();
        for (List<SortBy> sort : List.of(List.<SortBy>of(), List.of(SortBy.desc("published")))) {
            List<RegisterRow> all = whole(sort);
            int last = all.size() - 3;
            assertThat(jump(last, sort)).as("the last rows by %s", sort).isEqualTo(all.subList(last, all.size()));
            assertThat(jump(all.size(), sort)).as("past the end by %s", sort).isEmpty();
        }
        List<RegisterRow> all = whole(List.of());
        int last = all.size() - 3;
        // one more undated item counted in the first undated row's month: every later row is looked for one too early
        long report = all.stream().filter(r -> r.dueOn() == null).findFirst().orElseThrow().reportId();
        jdbc.update("UPDATE register_tally SET n = n + 1 WHERE undated = TRUE AND published_month ="
                + " (SELECT CAST(DATE_TRUNC('MONTH', published_on) AS DATE) FROM report WHERE id = ?)", report);
        assertThat(tally.stored()).isNotEqualTo(tally.recount());
        assertThat(jump(last, List.of())).as("the jump by a miscounted tally").isNotEqualTo(all.subList(last, all.size()));
        assertThat(check.checkNow()).as("rows differing after the tally was miscounted").isPositive();
        assertThat(tally.stored()).isEqualTo(tally.recount());
        assertThat(jump(last, List.of())).isEqualTo(all.subList(last, all.size()));
        assertThat(check.checkNow()).isZero();
    }

    /** The rows from {@code offset} as a grid gets them when its scroll bar is dragged there, nothing remembered. */
    private List<RegisterRow> jump(int offset, List<SortBy> sort) {
        return new RegisterPager(register).page(RegisterFilter.NONE, offset, 50, sort);
    }

    /** Every row of the register for the signed-in user, in one statement with the order and no bound or skip. */
    private List<RegisterRow> whole(List<SortBy> sort) {
        List<RegisterRow> rows = new ArrayList<>();
        query.forEach(RegisterFilter.NONE, register.scope(), LocalDate.now(clock), sort, rows::add);
        return rows;
    }
}
