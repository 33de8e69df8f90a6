package org.oversight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Transition;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** IOPC staff verify one item and reopen another: the quarter's count and the reopen rate move by exactly one. */
@DatabaseTest
@Transactional
@WithUserDetails("iopc")
class HeadlineFiguresFollowTheWorkflowTest {

    @Autowired
    DashboardService service;
    @Autowired
    RecommendationWorkflow workflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void verifyingCountsThisQuarterAndReopeningCountsInTheReopenRate() {
        DashboardFilter iopc = DashboardFilter.NONE.withWatchdog("IOPC");
        HeadlineFigures before = service.dashboard(iopc).headline();

        long claimed = iopcItem("REPORTED_COMPLETE");
        workflow.apply(claimed, Transition.VERIFY, null, version(claimed));
        long verified = iopcItem("VERIFIED_IMPLEMENTED");
        workflow.apply(verified, Transition.REOPEN, "Evidence did not hold up on a later audit", version(verified));

        HeadlineFigures after = service.dashboard(iopc).headline();
        assertThat(after.verifiedThisQuarter()).isEqualTo(before.verifiedThisQuarter() + 1);
        assertThat(after.reopened()).isEqualTo(before.reopened() + 1);
        assertThat(after.everClosed()).as("one newly closed; the reopened one was closed before")
                .isEqualTo(before.everClosed() + 1);
        assertThat(after.reopenRate()).hasValue((double) after.reopened() / after.everClosed());
        assertThat(after.open()).isEqualTo(before.open());
        // the history now holds a reopening: the trend and every other chart still agree with the rows
        DashboardAssertions.matches(service.dashboard(iopc), new Expected(new DemoRows(jdbc), id -> true, iopc,
                LocalDate.now(clock)), false, "after verify and reopen");
    }

    @Test
    void theMedianIsTheMiddleOfTheDaysFromPublicationToVerifiedClose() {
        List<Long> days = jdbc.queryForList("""
                SELECT p.published_on, t.closed_on FROM tracked_recommendation t
                JOIN recommendation r ON r.id = t.recommendation_id JOIN report p ON p.id = r.report_id
                WHERE t.status = 'VERIFIED_IMPLEMENTED'
                """).stream().map(row -> java.time.temporal.ChronoUnit.DAYS.between(
                        ((java.sql.Date) row.get("PUBLISHED_ON")).toLocalDate(),
                        ((java.sql.Date) row.get("CLOSED_ON")).toLocalDate()))
                .sorted().toList();
        double median = days.size() % 2 == 1 ? days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;

        assertThat(days).hasSizeGreaterThan(2);
        assertThat(service.dashboard(DashboardFilter.NONE).headline().medianDaysToVerifiedClose()).isEqualTo(median);
    }

    private long iopcItem(String status) {
        return jdbc.queryForObject("""
                SELECT MIN(t.id) FROM tracked_recommendation t JOIN recommendation r ON r.id = t.recommendation_id
                JOIN report p ON p.id = r.report_id JOIN organisation w ON w.id = p.watchdog_id
                WHERE w.code = 'IOPC' AND t.status = ?
                """, Long.class, status);
    }

    private int version(long id) {
        return jdbc.queryForObject("SELECT version FROM tracked_recommendation WHERE id = ?", Integer.class, id);
    }
}
