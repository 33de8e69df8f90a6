package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.Deadline;
import org.oversight.deadline.DeadlineFilter;
import org.oversight.deadline.DeadlineService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class CalendarFeedTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aCalendarProgramWithoutASessionReadsOneAllDayEventPerDeadline() throws Exception {
        String url = feeds.issueMyFeed();
        assertThat(url).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");

        MockHttpServletResponse response = fetch(url);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<Deadline> expected = deadlines.myDeadlines(DeadlineFilter.ALL, 0, 1000);
        assertThat(expected).isNotEmpty();
        // the commissioners' responses owed are events too (CommissionerResponsesAreCountedAndInTheFeedTest)
        assertThat(events).hasSize(expected.size() + deadlines.myCommissionerDeadlines().size());
        for (Deadline d : expected) {
            VEvent event = events.stream().filter(e -> value(e, Property.UID).equals("recommendation-" + d.trackedId() + "@localhost"))
                    .findFirst().orElseThrow(() -> new AssertionError("no event for item " + d.trackedId()));
            assertThat(event.getStartDate().orElseThrow().getDate()).isEqualTo(d.dueOn());
            assertThat(value(event, Property.DTSTART)).isEqualTo(d.dueOn().toString().replace("-", ""));
            assertThat(value(event, Property.URL)).isEqualTo("http://localhost:8080/recommendations/" + d.trackedId());
            assertThat(value(event, Property.SUMMARY)).contains("recommendation " + d.recommendationNumber() + " of "
                    + d.reportReference()).contains("Surrey Police");
        }
    }

    @Test
    void aNewAddressReplacesTheOldOneAndSwitchingOffLeavesNothing() throws Exception {
        String first = feeds.issueMyFeed();
        String second = feeds.issueMyFeed();

        assertThat(second).isNotEqualTo(first);
        assertThat(fetch(first).getStatus()).isEqualTo(404);
        assertThat(fetch(second).getStatus()).isEqualTo(200);
        assertThat(feeds.myFeedUrl()).contains(second);

        feeds.revokeMyFeed();

        assertThat(fetch(second).getStatus()).isEqualTo(404);
        assertThat(feeds.myFeedUrl()).isEmpty();
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.USERNAME.eq("surrey"))
                .and(AUDIT_EVENT.ACTION.startsWith("CALENDAR_FEED")).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                .containsExactly("CALENDAR_FEED_ISSUED", "CALENDAR_FEED_REPLACED", "CALENDAR_FEED_REVOKED");
        String token = second.substring(second.lastIndexOf('/') + 1, second.length() - 4);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.AFTER_JSON.contains(token).or(AUDIT_EVENT.BEFORE_JSON.contains(token))))
                .as("the secret is never written to the audit trail").isZero();
    }

    @Test
    void aMadeUpAddressIsNotFound() throws Exception {
        assertThat(fetch("http://localhost:8080/calendar/" + "A".repeat(43) + ".ics").getStatus()).isEqualTo(404);
        assertThat(fetch("http://localhost:8080/calendar/short.ics").getStatus()).isEqualTo(404);
    }

    /**
     * Fetches as a calendar program would: anonymously. The test's own sign-in is put back afterwards, from the
     * holder the services read (@WithUserDetails signs in there; the test holder may keep an earlier test's context).
     */
    private MockHttpServletResponse fetch(String url) throws Exception {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try {
            return mvc.perform(get(url.replace("http://localhost:8080", "")).with(anonymous())).andReturn().getResponse();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }
}
