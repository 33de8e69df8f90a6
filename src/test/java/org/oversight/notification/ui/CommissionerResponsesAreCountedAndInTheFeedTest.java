package org.oversight.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.REPORT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.DeadlineService;
import org.oversight.notification.CalendarFeedService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * A commissioner's published response owed is a deadline like the others (decision 0010): the bell counts it
 * overdue or due soon by the same definition, and the calendar feed carries it on its due date.
 */
@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class CommissionerResponsesAreCountedAndInTheFeedTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    WebApplicationContext context;

    @Test
    void theBellCountsAnOverdueCommissionersResponse() {
        LocalDate today = LocalDate.now(clock);
        int itemsOverdue = deadlines.myCounts().overdue();
        int itemsDueSoon = deadlines.myCounts().dueSoon();
        owe(surreyPccClock(0), today.minusDays(3));
        owe(surreyPccClock(1), today.plusDays(5));
        int[] commissioners = countIndependently(today);
        assertThat(commissioners[0]).as("commissioners' responses overdue").isPositive();
        assertThat(commissioners[1]).as("commissioners' responses due soon").isPositive();

        navigate(DeadlineListView.class);
        Button bell = find(Button.class).withAriaLabelContaining("Deadlines:").single();
        int overdue = itemsOverdue + commissioners[0];
        int dueSoon = itemsDueSoon + commissioners[1];
        assertThat(bell.getAriaLabel()).hasValueSatisfying(label -> assertThat(label)
                .contains(overdue + " overdue, " + dueSoon + " due within 14 days")
                .contains((commissioners[0] + commissioners[1]) + " commissioners' responses among them"));
        assertThat(find(Span.class, bell).withClassName("overdue").single().getText()).isEqualTo(String.valueOf(overdue));
        assertThat(find(Span.class, bell).withClassName("due-soon").single().getText()).isEqualTo(String.valueOf(dueSoon));
    }

    @Test
    void aPausedCommissionersResponseIsNeitherOverdueNorDueSoon() {
        LocalDate today = LocalDate.now(clock);
        for (long id : dsl.select(CLOCK.ID).from(CLOCK).where(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE))
                .and(CLOCK.ORGANISATION_ID.eq(surrey())).fetch(CLOCK.ID)) {
            dsl.update(CLOCK).set(CLOCK.MET_ON, today.minusDays(1)).where(CLOCK.ID.eq(id)).execute();
        }
        int overdueBefore = deadlines.myBellCounts().overdue();
        long clockId = surreyPccClock(0);
        owe(clockId, today.minusDays(3));
        dsl.insertInto(CLOCK_PAUSE).set(CLOCK_PAUSE.CLOCK_ID, clockId).set(CLOCK_PAUSE.FROM_ON, today.minusDays(10))
                .set(CLOCK_PAUSE.REASON, "Judicial review").set(CLOCK_PAUSE.CREATED_AT, java.time.OffsetDateTime.now(clock))
                .execute();

        assertThat(deadlines.myBellCounts().overdue()).isEqualTo(overdueBefore);
        assertThat(deadlines.myBellCounts().commissionerOverdue()).isZero();
        assertThat(deadlines.myBellCounts().commissionerDueSoon()).isZero();
    }

    @Test
    void theCalendarFeedHasTheResponseOnItsDueDate() throws Exception {
        LocalDate due = LocalDate.now(clock).plusDays(20);
        long clockId = surreyPccClock(0);
        owe(clockId, due);
        var owed = deadlines.myCommissionerDeadlines().stream().filter(c -> c.clockId() == clockId).findFirst()
                .orElseThrow();
        String reference = dsl.select(REPORT.REFERENCE).from(CLOCK).join(REPORT).on(REPORT.ID.eq(CLOCK.REPORT_ID))
                .where(CLOCK.ID.eq(clockId)).fetchSingle(REPORT.REFERENCE);
        String url = feeds.issueMyFeed();

        String body = fetch(url);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(body)).getComponents("VEVENT");
        VEvent event = events.stream()
                .filter(e -> value(e, Property.UID).equals("commissioner-response-" + clockId + "@localhost"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for the commissioner's response"));
        assertThat(value(event, Property.DTSTART)).isEqualTo(due.toString().replace("-", ""));
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Commissioner's response due: " + reference
                + " (Surrey Police)");
        assertThat(value(event, Property.URL)).isEqualTo("http://localhost:8080/deadlines/" + owed.itemId());
        assertThat(value(event, Property.DESCRIPTION)).contains("police and crime commissioner for Surrey Police");
    }

    private long surrey() {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq("SURREY"))
                .fetchSingle(ORGANISATION.ID);
    }

    /** The n-th commissioner's response clock of Surrey, whatever its state in the demo. */
    private long surreyPccClock(int n) {
        List<Long> ids = dsl.select(CLOCK.ID).from(CLOCK).where(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE))
                .and(CLOCK.ORGANISATION_ID.eq(surrey())).orderBy(CLOCK.ID).fetch(CLOCK.ID);
        assertThat(ids).as("Surrey's commissioner's response clocks in the demo").hasSizeGreaterThan(n);
        return ids.get(n);
    }

    /** The response is still owed, due on {@code due}, and not paused. */
    private void owe(long clockId, LocalDate due) {
        dsl.deleteFrom(CLOCK_PAUSE).where(CLOCK_PAUSE.CLOCK_ID.eq(clockId)).execute();
        dsl.update(CLOCK).setNull(CLOCK.MET_ON).set(CLOCK.DUE_ON, due).where(CLOCK.ID.eq(clockId)).execute();
    }

    /** Surrey's commissioners' responses owed, overdue and due within 14 days, counted without the app's query. */
    private int[] countIndependently(LocalDate today) {
        int overdue = 0;
        int dueSoon = 0;
        for (var r : dsl.select(CLOCK.ID, CLOCK.DUE_ON).from(CLOCK).where(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE))
                .and(CLOCK.ORGANISATION_ID.eq(surrey())).and(CLOCK.MET_ON.isNull()).fetch()) {
            boolean paused = dsl.fetchExists(CLOCK_PAUSE, CLOCK_PAUSE.CLOCK_ID.eq(r.value1())
                    .and(CLOCK_PAUSE.FROM_ON.le(today))
                    .and(CLOCK_PAUSE.TO_ON.isNull().or(CLOCK_PAUSE.TO_ON.ge(today))));
            if (paused) {
                continue;
            }
            if (r.value2().isBefore(today)) {
                overdue++;
            } else if (!r.value2().isAfter(today.plusDays(14))) {
                dueSoon++;
            }
        }
        return new int[] {overdue, dueSoon};
    }

    private String fetch(String url) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try {
            return mvc.perform(get(url.replace("http://localhost:8080", "")).with(anonymous())).andReturn()
                    .getResponse().getContentAsString();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }
}
