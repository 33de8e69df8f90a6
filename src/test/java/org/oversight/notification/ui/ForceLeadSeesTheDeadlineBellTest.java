package org.oversight.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.HANDOFF;
import static org.oversight.db.Tables.INBOX_ENTRY;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.vaadin.flow.router.RouterLink;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.Deadline;
import org.oversight.notification.InboxService;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@WithUserDetails("surrey")
class ForceLeadSeesTheDeadlineBellTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    InboxService inbox;

    @Test
    void theBellCountsSurreysOverdueAndDueSoonItems() {
        navigate(DeadlineListView.class);

        Button bell = find(Button.class).withAriaLabelContaining("Deadlines:").single();
        Expected expected = countIndependently(true);
        assertThat(expected.overdue() + expected.dueSoon()).as("the demo has something to show").isPositive();
        assertThat(bell.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains(expected.overdue() + " overdue, " + expected.dueSoon() + " due within 14 days"));
        assertThat(find(Span.class, bell).withClassName("overdue").single().getText()).isEqualTo(String.valueOf(expected.overdue()));
        assertThat(find(Span.class, bell).withClassName("due-soon").single().getText()).isEqualTo(String.valueOf(expected.dueSoon()));
    }

    /** The bell's sentence is written again only when what it says has changed, and then it is (decision 0144). */
    @Test
    @Transactional
    void theBellsSentenceFollowsItsCountsFromOneNavigationToTheNext() {
        navigate(DeadlineListView.class);
        Button bell = find(Button.class).withAriaLabelContaining("Deadlines:").single();
        int unread = inbox.unreadCount();
        assertThat(bell.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).endsWith("Inbox: " + unread + " unread"));
        navigate(InboxView.class);
        assertThat(bell.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).endsWith("Inbox: " + unread + " unread"));

        // a decision arrives in Surrey's inbox between two navigations
        long handoff = dsl.insertInto(HANDOFF).set(HANDOFF.KIND, "PLAN_CHASED").set(HANDOFF.PATH, "/plans/1")
                .set(HANDOFF.TITLE, "The watchdog asks for your action plan").set(HANDOFF.OCCURRED_AT, OffsetDateTime.now())
                .returning(HANDOFF.ID).fetchSingle(HANDOFF.ID);
        dsl.insertInto(INBOX_ENTRY).set(INBOX_ENTRY.HANDOFF_ID, handoff).set(INBOX_ENTRY.NEEDS_ACTION, true)
                .set(INBOX_ENTRY.USER_ID, dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("surrey")))
                .execute();
        navigate(DeadlineListView.class);

        String now = "Inbox: " + (unread + 1) + " unread";
        assertThat(bell.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).endsWith(now));
        assertThat(bell.getTooltip().getText()).endsWith(now);
        assertThat(find(Span.class, bell).withClassName("inbox-unread-count").single().getText())
                .isEqualTo(String.valueOf(unread + 1));
    }

    @Test
    void clickingTheBellOpensTheInboxWhichLeadsToTheListWithLinksStraightToEachItem() {
        // start from another list (every deadline): the bell must bring the user to the due-soon-and-overdue one
        UI.getCurrent().navigate(DeadlineListView.class, QueryParameters.of("show", "all"));
        assertThat(getCurrentView()).isInstanceOf(DeadlineListView.class);
        test(find(Button.class).withAriaLabelContaining("Deadlines:").single()).click();

        // the bell opens the inbox, whose first line leads to the deadlines that need attention
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        RouterLink deadlines = find(RouterLink.class).withCondition(l -> l.getText().startsWith("Your deadlines:")).single();
        assertThat(deadlines.getHref()).isEqualTo("notifications");
        UI.getCurrent().navigate(deadlines.getHref());
        assertThat(getCurrentView()).isInstanceOf(DeadlineListView.class);
        @SuppressWarnings("unchecked")
        Grid<Deadline> grid = find(Grid.class).single();
        var rows = test(grid);
        // the list's rows are the recommendations; the commissioners' responses are listed beneath
        Expected expected = countIndependently(false);
        assertThat(rows.size()).isEqualTo(expected.overdue() + expected.dueSoon());
        for (int i = 0; i < rows.size(); i++) {
            Deadline d = rows.getRow(i);
            assertThat(d.recipientName()).isEqualTo("Surrey Police");
            RouterLink link = find(RouterLink.class, (Div) rows.getCellComponent(i, 1)).first();
            assertThat(link.getHref()).isEqualTo("recommendations/" + d.trackedId());
        }
    }

    /** Counted here without the application's query: Surrey's open items, their live due date, less paused ones. */
    private Expected countIndependently(boolean withCommissioners) {
        LocalDate today = LocalDate.now(clock);
        long surrey = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq("SURREY")).fetchSingle(ORGANISATION.ID);
        Set<Long> paused = Set.copyOf(dsl.select(CLOCK.TRACKED_RECOMMENDATION_ID).from(CLOCK_PAUSE)
                .join(CLOCK).on(CLOCK.ID.eq(CLOCK_PAUSE.CLOCK_ID))
                .where(CLOCK.MET_ON.isNull()).and(CLOCK_PAUSE.FROM_ON.le(today))
                .and(CLOCK_PAUSE.TO_ON.isNull().or(CLOCK_PAUSE.TO_ON.ge(today)))
                .fetch(CLOCK.TRACKED_RECOMMENDATION_ID));
        int overdue = 0;
        int dueSoon = 0;
        for (var r : dsl.select(TRACKED_RECOMMENDATION.ID, TRACKED_RECOMMENDATION.STATUS, TRACKED_RECOMMENDATION.DUE_ON,
                TRACKED_RECOMMENDATION.TARGET_ON).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.RECIPIENT_ID.eq(surrey)).fetch()) {
            boolean awaitingResponse = Set.of(Status.OPEN, Status.PLAN_AWAITED).contains(r.value2());
            boolean implementing = Set.of(Status.PLAN_ACCEPTED, Status.IN_PROGRESS).contains(r.value2()) && r.value4() != null;
            if (r.value3() == null || paused.contains(r.value1()) || !(awaitingResponse || implementing)) {
                continue;
            }
            if (r.value3().isBefore(today)) {
                overdue++;
            } else if (!r.value3().isAfter(today.plusDays(14))) {
                dueSoon++;
            }
        }
        // the commissioners' responses Surrey owes count too (decision 0010), paused ones excepted
        for (var c : dsl.select(CLOCK.ID, CLOCK.DUE_ON).from(CLOCK).where(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE))
                .and(CLOCK.ORGANISATION_ID.eq(surrey)).and(CLOCK.MET_ON.isNull()).and(DSL.val(withCommissioners))
                .fetch()) {
            if (dsl.fetchExists(CLOCK_PAUSE, CLOCK_PAUSE.CLOCK_ID.eq(c.value1()).and(CLOCK_PAUSE.FROM_ON.le(today))
                    .and(CLOCK_PAUSE.TO_ON.isNull().or(CLOCK_PAUSE.TO_ON.ge(today))))) {
                continue;
            }
            if (c.value2().isBefore(today)) {
                overdue++;
            } else if (!c.value2().isAfter(today.plusDays(14))) {
                dueSoon++;
            }
        }
        return new Expected(overdue, dueSoon);
    }

    private record Expected(int overdue, int dueSoon) {
    }
}
