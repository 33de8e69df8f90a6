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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    @Autowired UserDetailsService users;
    @Autowired JooqDeadlineQuery query;
    @Autowired CurrentUser currentUser;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    @ParameterizedTest
    @MethodSource("org.oversight.testsupport.SignIn#everyDemoAccount")
    void theListHoldsEveryItemThatOwesADeadline(String username) {
        SignIn.as(users, username);
        try {
            DeadlineScope scope = DeadlineScope.of(currentUser.require());
            LocalDate today = LocalDate.now(clock);
            Set<ClockRule> watchdogSide = new HashSet<>();
            Set<Long> owing = owingByAPlainReading(scope, watchdogSide);

            List<Long> listed = query.list(scope, DeadlineFilter.ALL, today, 14, 0, Integer.MAX_VALUE).stream()
                    .map(Deadline::trackedId).toList();

            assertThat(listed).as(username + "'s Deadlines list").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(owing);
            assertThat(query.sizes(scope, today, 14).get(DeadlineFilter.ALL)).isEqualTo(owing.size());
            assertThat(owing).as("the demo gives " + username + " deadlines").isNotEmpty();
            if (username.equals("admin")) {
                assertThat(watchdogSide).as("the demo has deadlines on the watchdogs' side of both kinds")
                        .containsExactlyInAnyOrder(ClockRule.IOPC_PUBLICATION, ClockRule.OUTCOME_REASSESSMENT);
            }
        } finally {
            SignIn.out();
        }
    }

    /**
     * Every item in the scope, each decided on in Java from its status, its date and its running clocks; the
     * watchdog's-side rules that made an item owe go into {@code watchdogSide}.
     */
    private Set<Long> owingByAPlainReading(DeadlineScope scope, Set<ClockRule> watchdogSide) {
        var tr = TRACKED_RECOMMENDATION;
        Set<List<Object>> running = new HashSet<>(dsl.select(CLOCK.TRACKED_RECOMMENDATION_ID, CLOCK.RULE).from(CLOCK)
                .where(CLOCK.MET_ON.isNull()).and(CLOCK.TRACKED_RECOMMENDATION_ID.isNotNull())
                .fetch(r -> List.of(r.value1(), r.value2())));
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
                        ClockRule rule = status == Status.PLAN_SUBMITTED ? ClockRule.IOPC_PUBLICATION
                                : status == Status.VERIFIED_IMPLEMENTED ? ClockRule.OUTCOME_REASSESSMENT : null;
                        if (rule != null && running.contains(List.of(r.value1(), rule))) {
                            owing.add(r.value1());
                            watchdogSide.add(rule);
                        }
                    }
                });
        return owing;
    }
}
