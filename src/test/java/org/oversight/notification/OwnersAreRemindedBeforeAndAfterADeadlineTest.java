package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_PAUSE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class OwnersAreRemindedBeforeAndAfterADeadlineTest extends MailTestSupport {

    /** An HMICFRS action plan published on 7 February 2041 is due six weeks later, on Thursday 21 March 2041. */
    static final LocalDate PUBLISHED = LocalDate.of(2041, 2, 7);
    static final LocalDate DUE = LocalDate.of(2041, 3, 21);

    @Test
    void theForceLeadIsReminded14And7And1DaysBeforeAndTheDayAfterItIsMissedEachOnce() {
        long item = item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.CAUSE_OF_CONCERN, PUBLISHED, "SURREY");
        String what = "action plan for recommendation 1 of " + reference(item) + " (Surrey Police)";

        assertThat(runOn(DUE.minusDays(15))).isEmpty();
        assertThat(runOn(DUE.minusDays(14))).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("surrey@demo.oversight.invalid");
            assertThat(m.subject()).isEqualTo("Due in 14 days: " + what);
            assertThat(m.body()).contains(link(item)).contains("is due on 21 March 2041 (14 days left)")
                    // the date explains itself (decision 0010): 7 Feb 2041 + 6 weeks = 21 Mar 2041
                    .contains("How the date was worked out:")
                    .contains("Published 7 Feb 2041, plus 6 weeks: 21 Mar 2041.");
        });
        assertThat(runOn(DUE.minusDays(14))).as("the same day again").isEmpty();
        assertThat(runOn(DUE.minusDays(10))).as("still inside the 14-day window").isEmpty();
        assertThat(runOn(DUE.minusDays(7))).extracting(Mail::to, Mail::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("surrey@demo.oversight.invalid", "Due in 7 days: " + what));
        assertThat(runOn(DUE.minusDays(1))).extracting(Mail::subject).containsExactly("Due tomorrow: " + what);
        // the commissioner's response (56 days after publication: 4 April) is chased on its own clock
        assertThat(runOn(DUE)).as("due today: the 1-day reminder went yesterday").extracting(Mail::subject)
                .containsExactly("Due in 14 days: commissioner's published response to " + reference(item)
                        + " (Surrey Police)");
        assertThat(runOn(DUE.plusDays(1))).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("surrey@demo.oversight.invalid");
            assertThat(m.subject()).isEqualTo("Deadline missed: " + what);
            assertThat(m.body()).contains(link(item)).contains("was due on 21 March 2041").contains("1 day overdue");
        });
        assertThat(runOn(DUE.plusDays(2))).isEmpty();
    }

    @Test
    void aDayTheJobDidNotRunIsMadeUpOnTheNext() {
        long item = item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, PUBLISHED, "DEVON_CORNWALL");

        assertThat(runOn(DUE.minusDays(6))).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("devon@demo.oversight.invalid");
            assertThat(m.subject()).startsWith("Due in 6 days: action plan for recommendation 1 of " + reference(item));
        });
    }

    @Test
    void theIopcIsRemindedToPublishAResponseItReceived() {
        // made on Thursday 10 January 2041; the response came in on Thursday 7 February: publish by 28 February
        long item = item("IOPC", ReportKind.INVESTIGATION, RecommendationKind.LEARNING_RECOMMENDATION, LocalDate.of(2041, 1, 10), "SURREY");
        items.submitted(item, LocalDate.of(2041, 2, 7));

        assertThat(runOn(LocalDate.of(2041, 2, 21))).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("iopc@demo.oversight.invalid");
            assertThat(m.subject()).isEqualTo("Due in 7 days: publication of the response for recommendation 1 of "
                    + reference(item) + " (Surrey Police)");
            assertThat(m.body()).contains("IOPC's publication of the response").contains(link(item));
        });
    }

    @Test
    void aPausedClockSendsNoReminders() {
        // a learning recommendation made on 24 January 2041 is due on 20 March; judicial review from 1 March
        long item = item("IOPC", ReportKind.INVESTIGATION, RecommendationKind.LEARNING_RECOMMENDATION, LocalDate.of(2041, 1, 24), "SURREY");
        long clockId = dsl.select(CLOCK.ID).from(CLOCK).where(CLOCK.TRACKED_RECOMMENDATION_ID.eq(item))
                .fetchSingle(CLOCK.ID);
        dsl.insertInto(CLOCK_PAUSE).set(CLOCK_PAUSE.CLOCK_ID, clockId).set(CLOCK_PAUSE.FROM_ON, LocalDate.of(2041, 3, 1))
                .set(CLOCK_PAUSE.REASON, "Judicial review").set(CLOCK_PAUSE.CREATED_AT, OffsetDateTime.now()).execute();

        assertThat(runOn(LocalDate.of(2041, 3, 14))).as("held by the pause: no 7-day reminder").isEmpty();
        assertThat(runOn(LocalDate.of(2041, 3, 21))).as("nor a missed one").isEmpty();
    }
}
