package org.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.security.CurrentUser;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision 0138: the bell counts the commissioners' responses owed in the database; the counts are those of the
 * list the Deadlines page, the reminders and the calendar read, each response placed by its Java standing
 * (decision 0010), for every demo account, on today and on days when the responses stand otherwise.
 */
@DatabaseTest
@Transactional
class CommissionerCountsMatchTheListTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    JooqDeadlineQuery query;
    @Autowired
    DeadlineProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    CurrentUser currentUser;

    @ParameterizedTest
    @MethodSource("org.oversight.testsupport.SignIn#everyDemoAccount")
    void theCountsAreTheListsStandings(String username) {
        SignIn.as(users, username);
        try {
            DeadlineScope scope = DeadlineScope.of(currentUser.require());
            int days = properties.dueSoonDays();
            int seen = 0;
            LocalDate today = LocalDate.now(clock);
            for (LocalDate day : List.of(today, today.minusDays(60), today.plusDays(30), today.plusDays(120))) {
                List<CommissionerDeadline> list = query.commissionerDeadlines(scope, day);
                var counts = query.commissionerCounts(scope, day, days);
                assertThat(counts).as(username + " on " + day).isEqualTo(new JooqDeadlineQuery.CommissionerCounts(
                        count(list, day, days, DeadlineStanding.Standing.OVERDUE),
                        count(list, day, days, DeadlineStanding.Standing.DUE_SOON),
                        count(list, day, days, DeadlineStanding.Standing.PAUSED)));
                seen += counts.overdue() + counts.dueSoon();
            }
            if (username.equals("admin") || username.equals("surrey")) {
                assertThat(seen).as("the demo has commissioners' responses owed for " + username).isPositive();
            }
        } finally {
            SignIn.out();
        }
    }

    private static int count(List<CommissionerDeadline> list, LocalDate day, int days, DeadlineStanding.Standing which) {
        return (int) list.stream().filter(c -> c.standing(day, days) == which).count();
    }
}
