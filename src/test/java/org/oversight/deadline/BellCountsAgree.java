package org.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.recommendation.ItemScope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bell's deadline counts ({@link JooqDeadlineQuery#counts}, read from the items' summary and the watchdog's
 * running clocks, decision 0141) and the list's size with each filter ({@link JooqDeadlineQuery#sizes}, the same tally)
 * equal the Deadlines list's rows, read from live rows, for every kind of
 * scope there is: everyone's (an administrator, the reminder job), each watchdog's staff (their reports, with the
 * deadlines the watchdog owes), and each organisation's lead or chief officer (their items, the recipient's side
 * only). The bell's one statement ({@link JooqDeadlineQuery#bell}) equals those counts with the commissioners' responses
 * asked one by one. Called by walks through the workflow after their steps.
 */
public final class BellCountsAgree {

    private BellCountsAgree() {
    }

    /**
     * @return how many deadlines the scopes' lists held in all (for the caller to check that something was counted)
     */
    public static int check(JooqDeadlineQuery query, JdbcTemplate jdbc, LocalDate day, int dueSoonDays, String as) {
        int listed = 0;
        for (Map.Entry<String, DeadlineScope> e : scopes(jdbc).entrySet()) {
            DeadlineScope scope = e.getValue();
            String of = as + ", as of " + day + ", for " + e.getKey();
            List<Deadline> overdue = query.list(scope, DeadlineFilter.OVERDUE, day, dueSoonDays, 0, Integer.MAX_VALUE);
            DeadlineCounts expected = new DeadlineCounts(overdue.size(), rows(query, scope, DeadlineFilter.DUE_SOON, day, dueSoonDays),
                    rows(query, scope, DeadlineFilter.PAUSED, day, dueSoonDays),
                    (int) overdue.stream().filter(d -> d.side() == Deadline.Side.WATCHDOG).count());
            assertThat(query.counts(scope, day, dueSoonDays)).as(of + ": the bell's counts against the list's rows")
                    .isEqualTo(expected);
            assertThat(query.bell(query.bellTable(scope, day, dueSoonDays)))
                    .as(of + ": the bell's one statement against its tallies asked one by one (decision 0149)")
                    .isEqualTo(query.counts(scope, day, dueSoonDays)
                            .withCommissioners(query.commissionerCounts(scope, day, dueSoonDays)));
            Map<DeadlineFilter, Integer> sizes = query.sizes(scope, day, dueSoonDays);
            for (DeadlineFilter filter : DeadlineFilter.values()) {
                assertThat(sizes.get(filter)).as(of + ": the size of the list " + filter)
                        .isEqualTo(rows(query, scope, filter, day, dueSoonDays));
            }
            listed += sizes.get(DeadlineFilter.ALL);
        }
        return listed;
    }

    /** The rows of the list with the filter, read from live rows. */
    private static int rows(JooqDeadlineQuery query, DeadlineScope scope, DeadlineFilter filter, LocalDate day, int dueSoonDays) {
        return query.list(scope, filter, day, dueSoonDays, 0, Integer.MAX_VALUE).size();
    }

    private static Map<String, DeadlineScope> scopes(JdbcTemplate jdbc) {
        Map<String, DeadlineScope> scopes = new java.util.LinkedHashMap<>();
        scopes.put("everyone", DeadlineScope.everything());
        List<Map<String, Object>> organisations = new ArrayList<>(
                jdbc.queryForList("SELECT id, code, kind FROM organisation ORDER BY id"));
        for (Map<String, Object> o : organisations) {
            long id = ((Number) o.get("id")).longValue();
            if ("WATCHDOG".equals(o.get("kind"))) {
                scopes.put(o.get("code") + " staff", new DeadlineScope(ItemScope.everything(), id, true));
            } else {
                scopes.put(o.get("code") + " lead", new DeadlineScope(new ItemScope(id), null, false));
            }
        }
        return scopes;
    }
}
