package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.EvidenceUpload;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.ProgressService;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class OwnersAreToldBeforeEvidenceExpiresTest extends MailTestSupport {

    @Autowired PlanFixtures fx;
    @Autowired FreshItems fresh;
    @Autowired ProgressService progress;

    @Test
    void theLeadsAreToldOnceWhenEvidenceHasThirtyDaysLeft() {
        LocalDate day = LocalDate.now();
        long item = fresh.itemFor("SURREY");
        fx.signIn("surrey");
        progress.postItemUpdate(item, new NewUpdate("The vetting certificate.", null, day.minusDays(300), day.plusDays(31),
                List.of(new EvidenceUpload("vetting-certificate.pdf", PlanFixtures.smallPdf()))), SubmissionKey.fresh());

        assertThat(runOn(day)).as("31 days left: not yet").noneMatch(m -> m.subject().contains("vetting-certificate.pdf"));
        assertThat(runOn(day.plusDays(1))).filteredOn(m -> m.subject().contains("vetting-certificate.pdf")).singleElement()
                .satisfies(m -> {
                    assertThat(m.to()).isEqualTo("surrey@demo.oversight.invalid");
                    assertThat(m.subject()).isEqualTo("Evidence expires on " + Formats.longDate(day.plusDays(31)) + ": vetting-certificate.pdf");
                    assertThat(m.body()).contains("30 days left").contains(link(item));
                });
        assertThat(runOn(day.plusDays(2))).noneMatch(m -> m.subject().contains("vetting-certificate.pdf"));
    }
}
