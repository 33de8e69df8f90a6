package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.INBOX_ENTRY;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.DeadlineService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell asks its deadline counts and the unread entries in one statement (decision 0149); what it reads equals the
 * deadline counts and the unread count asked apart, for a force's lead, each watchdog's staff (whose bell has the
 * watchdog's own deadlines too), a national lead and an administrator (everyone's), and follows a decision that arrives.
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
        arrives("hmicfrs");
        theBellAgrees();
    }

    @Test
    @WithUserDetails("iopc")
    void theIopcsBellWithTheDeadlinesTheWatchdogOwes() {
        theBellAgrees();
    }

    @Test
    @WithUserDetails("npcc.cse")
    void aNationalLeadsBell() {
        theBellAgrees();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorsBellCountsEveryone() {
        assertThat(theBellAgrees().deadlines().overdue()).isPositive();
    }

    private InboxService.Bell theBellAgrees() {
        InboxService.Bell bell = inbox.bell();
        assertThat(bell).isEqualTo(new InboxService.Bell(deadlines.myBellCounts(), inbox.unreadCount()));
        return bell;
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
