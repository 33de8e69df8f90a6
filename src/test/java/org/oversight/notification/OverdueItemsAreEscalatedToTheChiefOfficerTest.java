package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class OverdueItemsAreEscalatedToTheChiefOfficerTest extends MailTestSupport {

    static final LocalDate PUBLISHED = LocalDate.of(2041, 2, 7);
    static final LocalDate DUE = LocalDate.of(2041, 3, 21);

    @Test
    void anItemOverdueByMoreThan28DaysGoesToTheForcesChiefOfficerOnce() {
        long surrey = item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.CAUSE_OF_CONCERN, PUBLISHED, "SURREY");
        long second = item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, PUBLISHED, "SURREY");
        item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, PUBLISHED, "DEVON_CORNWALL"); // Devon has no chief officer account

        assertThat(runOn(DUE.plusDays(28))).as("28 days overdue is not more than 28").isEmpty();
        assertThat(runOn(DUE.plusDays(29))).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("chief.surrey@demo.oversight.invalid");
            assertThat(m.subject()).isEqualTo("Escalation: 2 recommendations to Surrey Police overdue by more than 28 days");
            assertThat(m.body()).contains(link(surrey)).contains(link(second)).contains("29 days overdue")
                    .contains("Recommendation 1 of " + reference(surrey));
        });
        assertThat(runOn(DUE.plusDays(30))).isEmpty();
    }

    @Test
    void onlyItemsNotYetEscalatedAreInTheNextEscalation() {
        long first = item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, PUBLISHED, "SURREY");
        assertThat(runOn(DUE.plusDays(29))).hasSize(1);

        long later = item("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, PUBLISHED.plusDays(7), "SURREY");

        assertThat(runOn(DUE.plusDays(36))).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Escalation: 1 recommendation to Surrey Police overdue by more than 28 days");
            assertThat(m.body()).contains(link(later)).doesNotContain(link(first));
        });
    }
}
