package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A national lead's dashboard, the status chart included, counts only their national body's items. */
@DatabaseTest
@Transactional
@WithUserDetails("npcc.cse")
class NationalLeadSeesTheirBodyOnlyTest {

    @Autowired
    DashboardService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void everyFigureIsTheNationalBodysOwn() {
        DemoRows rows = new DemoRows(jdbc);
        long body = rows.organisationIds.get("NPCC_CSE");
        Dashboard d = service.dashboard(DashboardFilter.NONE);

        DashboardAssertions.matches(d, new Expected(rows, id -> id == body, DashboardFilter.NONE, LocalDate.now(clock)),
                false, "npcc.cse");
        assertThat(d.comparative()).isFalse();
        assertThat(d.statusByForce().data().forces()).extracting(r -> r.name())
                .containsExactly("NPCC lead for child sexual exploitation");
    }
}
