package org.oversight.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.actionplan.WorkItem;
import org.oversight.actionplan.WorkService;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardPeriod;
import org.oversight.dashboard.DashboardService;
import org.oversight.demo.DemoAccounts;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision 0010, "one definition, one place": for every demo account, the number of recommendations overdue is the
 * same through the register's filter, the dashboard's tile, the bell, the Deadlines list and (for leads) My work,
 * for the same scope. Watchdog staff's bell and list cover their own watchdog's reports, so the register and the
 * dashboard are narrowed to that watchdog; the watchdog's own publication deadlines are counted apart.
 */
@DatabaseTest
@Transactional
class OverdueAgreesEverywhereTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    RecommendationRegister register;
    @Autowired
    DashboardService dashboard;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    WorkService work;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @MethodSource("org.oversight.testsupport.SignIn#everyDemoAccount")
    void everyScreenCountsTheSameOverdueRecommendations(String username) {
        DemoAccounts.Account account = DemoAccounts.ALL.stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
        String watchdog = account.role() == Role.WATCHDOG ? account.organisationCode() : null;
        SignIn.as(users, username);

        int inRegister = register.count(new RegisterFilter(watchdog, null, Set.of(), null, null, null, true, null,
                null, null, null));
        int onTile = dashboard.dashboard(new DashboardFilter(watchdog, DashboardPeriod.ALL, null)).headline().overdue();
        DeadlineCounts bell = deadlines.myCounts();
        long inList = deadlines.myDeadlines(DeadlineFilter.OVERDUE, 0, 10_000).stream()
                .filter(d -> d.side() == Deadline.Side.RECIPIENT).count();

        assertThat(onTile).as("dashboard tile for " + username).isEqualTo(inRegister);
        assertThat(bell.recommendationsOverdue()).as("bell for " + username).isEqualTo(inRegister);
        assertThat(inList).as("Deadlines list for " + username).isEqualTo(inRegister);
        assertThat(deadlines.mySizes().get(DeadlineFilter.OVERDUE)).isEqualTo(bell.overdue());
        if (account.role() == Role.FORCE_LEAD || account.role() == Role.NATIONAL_LEAD) {
            long inMyWork = work.myWork().stream().filter(WorkItem::overdue).count();
            assertThat(inMyWork).as("My work for " + username).isEqualTo(inRegister);
        }
        if (username.equals("admin") || username.equals("hmicfrs")) {
            assertThat(inRegister).as("the demo has overdue items for " + username).isPositive();
        }
    }
}
