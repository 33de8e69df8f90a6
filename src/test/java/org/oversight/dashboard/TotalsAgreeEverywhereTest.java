package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.StatusByForce;
import org.oversight.publication.PublicRegister;
import org.oversight.publication.PublicSummary;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision 0137: an organisation's total and open figures on the status chart are the register's, for every demo
 * account and every row it may open, and the public register's force page says the same as its own list. Surrey's
 * breakdown once said "16 open of 24" where the register counted 26: the chart's groups left out items closed
 * without being verified.
 */
@DatabaseTest
@Transactional
class TotalsAgreeEverywhereTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    RecommendationRegister register;
    @Autowired
    DashboardService dashboard;
    @Autowired
    PublicRegister publicRegister;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @MethodSource("org.oversight.testsupport.SignIn#everyDemoAccount")
    void theStatusChartsTotalsAreTheRegisters(String username) {
        SignIn.as(users, username);
        Dashboard d = dashboard.dashboard(DashboardFilter.NONE);
        StatusByForce chart = d.statusByForce().data();

        int rowsChecked = 0;
        for (CountRow row : chart.forces()) {
            if (!d.mayOpen(row.name())) {
                continue; // a chief officer's comparison counts forces whose items they cannot open
            }
            String code = d.statusByForce().rowCode(row.name()).orElseThrow();
            assertThat(row.total()).as(username + ": total of " + row.name())
                    .isEqualTo(register.count(forceFilter(code, Set.of())));
            assertThat(chart.open(row)).as(username + ": open of " + row.name())
                    .isEqualTo(register.count(forceFilter(code, Status.openStates())));
            rowsChecked++;
        }
        assertThat(rowsChecked).as("rows " + username + " may open").isPositive();
        if (chart.highlightedForce().isEmpty()) { // not a chief officer's comparison of every force
            assertThat(chart.forces().stream().mapToInt(CountRow::total).sum())
                    .as(username + ": every row together is the whole register")
                    .isEqualTo(register.count(forceFilter(null, Set.of())));
            assertThat(chart.forces().stream().mapToInt(chart::open).sum())
                    .as(username + ": the chart's open items are the Open tile's").isEqualTo(d.headline().open());
        }
    }

    @Test
    void aPublicForcePageCountsWhatItsListShows() {
        for (OrganisationRef recipient : publicRegister.publishedRecipients()) {
            PublicSummary summary = publicRegister.recipientSummary(recipient.code()).orElseThrow();
            int listed = publicRegister.matching(publicRegister.filter(Map.of("force", recipient.code()))).size();
            assertThat(summary.total()).as(recipient.code()).isEqualTo(listed);
            CountRow bar = summary.chart().forces().getFirst();
            assertThat(bar.total()).as(recipient.code() + "'s bar").isEqualTo(listed);
            assertThat(summary.chart().open(bar)).as(recipient.code() + "'s open").isEqualTo(summary.open());
        }
        assertThat(publicRegister.recipientSummary("SURREY")).hasValueSatisfying(s ->
                assertThat(s.chart().forces().getFirst().count(StatusGroups.ALL.indexOf(StatusGroups.CLOSED_UNVERIFIED)))
                        .as("the demo's published 'no further action' and 'superseded' items are counted")
                        .isPositive());
    }

    private static RegisterFilter forceFilter(String code, Set<Status> statuses) {
        return new RegisterFilter(null, code, statuses, null, null, null, false, null, null, null, null);
    }
}
