package org.oversight.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.oversight.deadline.Deadline;
import org.oversight.deadline.DeadlineCounts;
import org.oversight.deadline.DeadlineFilter;
import org.oversight.deadline.DeadlineScope;
import org.oversight.deadline.DeadlineService;
import org.oversight.deadline.JooqDeadlineQuery;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.ItemScope;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scheduled outcome re-assessment is a deadline the issuing watchdog owes: it is on the Deadlines list, counted in
 * the bell of that watchdog's staff by the one definition of overdue and due soon (decision 0010), and gone once an
 * outcome is recorded. The recipient's leads do not see it: it is not theirs to meet.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class ReassessmentOnTheDeadlinesListTest {

    @Autowired
    OutcomeService outcomes;
    @Autowired
    OutcomeFixtures fixtures;
    @Autowired
    FreshItems fresh;
    @Autowired
    JooqDeadlineQuery query;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    Clock clock;

    private long verifiedMonthsAgo(int months) {
        long item = fresh.itemFor("SURREY");
        fixtures.verifiedOn(item, LocalDate.now(clock).minusMonths(months));
        return item;
    }

    private List<Deadline> rowsOf(long item, DeadlineScope scope, DeadlineFilter filter) {
        return query.list(scope, filter, LocalDate.now(clock), 14, 0, Integer.MAX_VALUE).stream()
                .filter(d -> d.trackedId() == item).toList();
    }

    @Test
    void anOverdueReassessmentIsListedAsTheWatchdogsDeadline() {
        long item = verifiedMonthsAgo(14);
        LocalDate due = outcomes.scheduleReassessment(item).dueOn();

        assertThat(rowsOf(item, DeadlineScope.everything(), DeadlineFilter.OVERDUE)).singleElement().satisfies(d -> {
            assertThat(d.side()).isEqualTo(Deadline.Side.WATCHDOG);
            assertThat(d.dueOn()).isEqualTo(due);
            assertThat(d.deliverable()).isEqualTo("outcome re-assessment");
            assertThat(d.watchdogName()).isEqualTo("HMICFRS");
        });
        assertThat(rowsOf(item, DeadlineScope.everything(), DeadlineFilter.DUE_SOON)).isEmpty();
    }

    @Test
    void aReassessmentDueWithinTheWindowIsDueSoonAndTheRecipientDoesNotOweIt() {
        long item = verifiedMonthsAgo(12);
        LocalDate today = LocalDate.now(clock);
        // verified twelve months ago (to the day, or the last day of a shorter month): due today or just ahead
        assertThat(outcomes.scheduleReassessment(item).dueOn()).isBetween(today, today.plusDays(14));

        assertThat(rowsOf(item, DeadlineScope.everything(), DeadlineFilter.DUE_SOON)).hasSize(1);
        DeadlineScope recipientsOnly = new DeadlineScope(ItemScope.everything(), null, false);
        assertThat(rowsOf(item, recipientsOnly, DeadlineFilter.ALL)).isEmpty();
    }

    @Test
    void theBellOfTheIssuingWatchdogsStaffCountsItUntilAnOutcomeIsRecorded() {
        DeadlineCounts before = deadlines.myBellCounts();
        long item = verifiedMonthsAgo(14);
        outcomes.scheduleReassessment(item);

        DeadlineCounts owed = deadlines.myBellCounts();
        assertThat(owed.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(owed.watchdogOverdue()).isEqualTo(before.watchdogOverdue() + 1);
        assertThat(owed.recommendationsOverdue()).isEqualTo(before.recommendationsOverdue());
        assertThat(deadlines.myDeadlines(DeadlineFilter.OVERDUE, 0, 1000)).extracting(Deadline::trackedId).contains(item);

        outcomes.record(item, new OutcomeInput(OutcomeRating.EFFECTIVE, LocalDate.now(clock).minusDays(1), null,
                "https://www.example.org/re-inspection", null, "Calls are now answered within the target."),
                SubmissionKey.fresh());

        assertThat(deadlines.myBellCounts()).isEqualTo(before);
        assertThat(rowsOf(item, DeadlineScope.everything(), DeadlineFilter.ALL)).isEmpty();
    }
}
