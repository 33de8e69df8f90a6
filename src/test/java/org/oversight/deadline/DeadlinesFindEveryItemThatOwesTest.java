package org.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.recommendation.Status;
import org.oversight.security.CurrentUser;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Deadlines list, its count and so the bell miss no item that owes a deadline and list none twice: for every demo
 * account the list holds exactly the items that a plain reading of every item in its scope says owe one, by the rule
 * of {@link JooqDeadlineQuery}: the recipient's while it owes a response or is implementing (with a date), and for
 * watchdog staff and administrators the IOPC's publication of a submitted response and the watchdog's outcome
 * re-assessment of a verified item while their clocks run. Any narrowing of what the query reads, such as the one
 * decision 0139 measured and did not keep, is held to this.
 */
@DatabaseTest
@Transactional
class DeadlinesFindEveryItemThatOwesTest {

    private static final Set<Status> RECIPIENT_OWES = Set.of(Status.OPEN, Status.PLAN_AWAITED, Status.PLAN_ACCEPTED,
            Status.IN_PROGRESS);
    /** What the watchdog's side added to the lists, over all accounts: the demo must have some of each kind. */
    private static final Set<ClockRule> WATCHDOG_SIDE_SEEN = new HashSet<>();

    @Autowired UserDetailsService users;
    @Autowired JooqDeadlineQuery query;
    @Autowired CurrentUser currentUser;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    @BeforeAll
    static void nothingSeenYet() {
        WATCHDOG_SIDE_SEEN.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "hmicfrs", "iopc", "surrey", "devon", "chief.surrey", "npcc.cse"})
    void theListHoldsEveryItemThatOwesADeadline(String username) {
        SignIn.as(users, username);
        try {
            DeadlineScope scope = DeadlineScope.of(currentUser.require());
            LocalDate today = LocalDate.now(clock);
            Set<Long> owing = owingByAPlainReading(scope);

            List<Long> listed = query.list(scope, DeadlineFilter.ALL, today, 14, 0, Integer.MAX_VALUE).stream()
                    .map(Deadline::trackedId).toList();

            assertThat(listed).as(username + "'s Deadlines list").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(owing);
            assertThat(query.size(scope, DeadlineFilter.ALL, today, 14)).isEqualTo(owing.size());
            assertThat(owing).as("the demo gives " + username + " deadlines").isNotEmpty();
        } finally {
            SignIn.out();
        }
    }

    @AfterAll
    static void theDemoHasDeadlinesOnTheWatchdogsSideOfBothKinds() {
        assertThat(WATCHDOG_SIDE_SEEN).containsExactlyInAnyOrder(ClockRule.IOPC_PUBLICATION,
                ClockRule.OUTCOME_REASSESSMENT);
    }

    /** Every item in the scope, each decided on in Java from its status, its date and its running clocks. */
    private Set<Long> owingByAPlainReading(DeadlineScope scope) {
        var tr = TRACKED_RECOMMENDATION;
        Set<Long> owing = new HashSet<>();
        dsl.select(tr.ID, tr.STATUS, tr.DUE_ON).from(tr)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(scope.items())
                .forEach(r -> {
                    Status status = r.value2();
                    if (RECIPIENT_OWES.contains(status) && r.value3() != null) {
                        owing.add(r.value1());
                    } else if (scope.includesWatchdogSide()) {
                        ClockRule running = status == Status.PLAN_SUBMITTED ? ClockRule.IOPC_PUBLICATION
                                : status == Status.VERIFIED_IMPLEMENTED ? ClockRule.OUTCOME_REASSESSMENT : null;
                        if (running != null && runs(r.value1(), running)) {
                            owing.add(r.value1());
                            WATCHDOG_SIDE_SEEN.add(running);
                        }
                    }
                });
        return owing;
    }

    private boolean runs(long item, ClockRule rule) {
        return dsl.fetchExists(CLOCK, CLOCK.TRACKED_RECOMMENDATION_ID.eq(item).and(CLOCK.RULE.eq(rule))
                .and(CLOCK.MET_ON.isNull()));
    }
}
