package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.INBOX_ENTRY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.Deadline;
import org.oversight.deadline.DeadlineCounts;
import org.oversight.deadline.DeadlineFilter;
import org.oversight.deadline.DeadlineService;
import org.oversight.outcome.OutcomeFixtures;
import org.oversight.recommendation.DeadlineStanding.Standing;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell asks its deadline counts and the unread entries in one statement (decision 0149); what it reads equals what
 * the person's own lists say, asked apart: the Deadlines list's tabs (Overdue, Due soon, Paused), the overdue rows the
 * watchdog itself owes, the commissioners' responses owed, each where it stands today, and the unread inbox entries.
 * For a force's lead, each watchdog's staff (whose bell has the watchdog's own deadlines too), a national lead and an
 * administrator (everyone's), each with something to count, and it follows a decision that arrives.
 */
@DatabaseTest
@Transactional
class TheBellAsksOnceTest {

    @Autowired
    InboxService inbox;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DSLContext dsl;
    @Autowired
    OutcomeFixtures fixtures;

    @Test
    @WithUserDetails("surrey")
    void aForceLeadsBell() {
        assertThat(theBellAgrees().deadlines().needingAttention()).as("the demo has something to show").isPositive();
        int unread = inbox.bell().unread();
        arrives("surrey");
        assertThat(inbox.bell().unread()).isEqualTo(unread + 1);
        theBellAgrees();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aWatchdogsStaffsBell() {
        assertThat(theBellAgrees().deadlines().needingAttention()).isPositive();
        // the demo has no deadline the watchdog itself owes: an outcome re-assessment, overdue, makes one
        fixtures.overdueReassessment();
        assertThat(theBellAgrees().deadlines().watchdogOverdue()).as("the re-assessment HMICFRS owes").isEqualTo(1);
        arrives("hmicfrs");
        theBellAgrees();
    }

    @Test
    @WithUserDetails("iopc")
    void theIopcsStaffsBell() {
        InboxService.Bell bell = theBellAgrees();
        assertThat(bell.deadlines().needingAttention() + bell.deadlines().paused()).as("the demo has something to show")
                .isPositive();
    }

    @Test
    @WithUserDetails("npcc.cse")
    void aNationalLeadsBell() {
        InboxService.Bell bell = theBellAgrees();
        assertThat(bell.deadlines().needingAttention() + bell.deadlines().paused()).as("the demo has something to show")
                .isPositive();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorsBellCountsEveryone() {
        assertThat(theBellAgrees().deadlines().overdue()).isPositive();
    }

    private InboxService.Bell theBellAgrees() {
        InboxService.Bell bell = inbox.bell();
        Map<DeadlineFilter, Integer> tabs = deadlines.mySizes();
        LocalDate today = deadlines.today();
        List<Standing> responses = deadlines.myCommissionerDeadlines().stream()
                .map(r -> r.standing(today, deadlines.dueSoonDays())).toList();
        int watchdogOwes = (int) deadlines.myDeadlines(DeadlineFilter.OVERDUE, 0, Integer.MAX_VALUE).stream()
                .filter(d -> d.side() == Deadline.Side.WATCHDOG).count();
        DeadlineCounts onTheLists = new DeadlineCounts(
                tabs.get(DeadlineFilter.OVERDUE) + count(responses, Standing.OVERDUE),
                tabs.get(DeadlineFilter.DUE_SOON) + count(responses, Standing.DUE_SOON),
                tabs.get(DeadlineFilter.PAUSED) + count(responses, Standing.PAUSED), watchdogOwes,
                count(responses, Standing.OVERDUE), count(responses, Standing.DUE_SOON));
        assertThat(bell).as("the bell against the person's lists")
                .isEqualTo(new InboxService.Bell(onTheLists, inbox.unreadCount()));
        return bell;
    }

    private static int count(List<Standing> standings, Standing which) {
        return (int) standings.stream().filter(s -> s == which).count();
    }

    private void arrives(String username) {
        long handoff = dsl.insertInto(HANDOFF).set(HANDOFF.KIND, "PLAN_CHASED").set(HANDOFF.PATH, "/plans/1")
                .set(HANDOFF.TITLE, "The watchdog asks for your action plan").set(HANDOFF.OCCURRED_AT, OffsetDateTime.now())
                .returning(HANDOFF.ID).fetchSingle(HANDOFF.ID);
        dsl.insertInto(INBOX_ENTRY).set(INBOX_ENTRY.HANDOFF_ID, handoff).set(INBOX_ENTRY.NEEDS_ACTION, true)
                .set(INBOX_ENTRY.USER_ID, dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)))
                .execute();
    }
}
