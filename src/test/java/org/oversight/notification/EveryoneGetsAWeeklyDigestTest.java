package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class EveryoneGetsAWeeklyDigestTest extends MailTestSupport {

    /** Digests go on Sundays in these tests; 10 March 2041 is one. */
    static final LocalDate SUNDAY = LocalDate.of(2041, 3, 10);

    @Test
    void eachPersonWithOpenItemsGetsOneDigestAWeek() {
        // one item overdue by 10 days (past the missed-reminder window, short of escalation), one due in 30 days
        long overdue = item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, SUNDAY.minusDays(52), "SURREY");
        long later = item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, SUNDAY.minusDays(12), "SURREY");

        List<Mail> all = runOn(SUNDAY);
        // the first report's commissioner's response (56 days after publication) is due on Thursday: chased apart
        assertThat(all).filteredOn(m -> !m.subject().startsWith("Weekly deadlines")).extracting(Mail::subject)
                .containsExactly("Due in 4 days: commissioner's published response to " + reference(overdue)
                        + " (Surrey Police)");
        List<Mail> sunday = all.stream().filter(m -> m.subject().startsWith("Weekly deadlines")).toList();

        assertThat(sunday).extracting(Mail::to).containsExactlyInAnyOrder("surrey@demo.oversight.invalid",
                "chief.surrey@demo.oversight.invalid", "hmicfrs@demo.oversight.invalid");
        assertThat(sunday).filteredOn(m -> m.to().startsWith("surrey@")).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Weekly deadlines: 1 overdue, 0 due soon, 2 open (Surrey Police)");
            assertThat(m.body()).contains("Overdue:").contains(link(overdue)).contains("10 days overdue")
                    .doesNotContain(link(later)).contains(BASE + "/notifications");
        });
        assertThat(sunday).filteredOn(m -> m.to().startsWith("hmicfrs@")).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("Weekly deadlines: 1 overdue, 0 due soon, 2 open ("));

        assertThat(runOn(SUNDAY)).as("the same week again").isEmpty();
        assertThat(runOn(SUNDAY.plusDays(1))).as("Monday").isEmpty();
        List<Mail> next = runOn(SUNDAY.plusDays(7));
        assertThat(next.stream().filter(m -> m.subject().startsWith("Weekly deadlines")).map(Mail::to).toList())
                .as("the next Sunday's digests").containsExactlyInAnyOrder("surrey@demo.oversight.invalid",
                        "chief.surrey@demo.oversight.invalid", "hmicfrs@demo.oversight.invalid");
        assertThat(next.stream().filter(m -> !m.subject().startsWith("Weekly deadlines")).map(Mail::subject).toList())
                .as("and the commissioner's response, missed on Thursday").containsExactly(
                        "Deadline missed: commissioner's published response to " + reference(overdue) + " (Surrey Police)");
    }
}
