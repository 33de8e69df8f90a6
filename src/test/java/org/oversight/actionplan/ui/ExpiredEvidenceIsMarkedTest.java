package org.oversight.actionplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.EvidenceUpload;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.ProgressService;
import org.oversight.actionplan.VerifiedOnExpiredEvidence;
import org.oversight.actionplan.WorkService;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("surrey")
class ExpiredEvidenceIsMarkedTest extends SpringBrowserlessTest {

    @Autowired PlanFixtures fx;
    @Autowired ProgressService progress;
    @Autowired WorkService work;
    @Autowired FreshItems fresh;
    @Autowired Clock clock;

    @Test
    void evidencePastItsDateShowsAsExpiredAndEvidenceStillValidDoesNot() {
        LocalDate today = LocalDate.now(clock);
        var plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Renew the safeguarding certificate");
        post(plan.item(), "certificate-2025.pdf", today.minusDays(400), today.minusDays(3));
        post(plan.item(), "certificate-2026.pdf", today.minusDays(20), today.plusDays(300));

        navigate(PlanView.class, plan.planId());
        find(Details.class).all().forEach(history -> history.setOpened(true)); // as the reader opens them

        assertThat(find(Span.class).withClassName("evidence-expired").all()).singleElement()
                .satisfies(s -> assertThat(s.getText()).isEqualTo("Expired " + Formats.date(today.minusDays(3))));
        assertThat(find(Span.class).withClassName("evidence-meta").all()).extracting(Span::getText)
                .anySatisfy(t -> assertThat(t).endsWith("valid until " + Formats.date(today.plusDays(300))));
    }

    @Test
    void theWatchdogSeesVerifiedRecommendationsWhoseEvidenceHasExpired() {
        LocalDate today = LocalDate.now(clock);
        fx.signIn("hmicfrs");
        long expired = fresh.itemFor("SURREY");
        long valid = fresh.itemFor("SURREY");
        fx.signIn("surrey");
        post(expired, "audit-2024.pdf", today.minusDays(500), today.minusDays(10));
        post(valid, "audit-2026.pdf", today.minusDays(5), today.plusDays(100));
        fresh.putInStatus(expired, Status.VERIFIED_IMPLEMENTED);
        fresh.putInStatus(valid, Status.VERIFIED_IMPLEMENTED);

        fx.signIn("hmicfrs");
        assertThat(work.verifiedOnExpiredEvidence()).extracting(VerifiedOnExpiredEvidence::trackedId, VerifiedOnExpiredEvidence::expiredOn)
                .contains(org.assertj.core.groups.Tuple.tuple(expired, today.minusDays(10)))
                .noneMatch(t -> t.toList().getFirst().equals(valid));
        fx.signIn("iopc");
        assertThat(work.verifiedOnExpiredEvidence()).as("another watchdog's reports are not its business")
                .extracting(VerifiedOnExpiredEvidence::trackedId).doesNotContain(expired);
    }

    private void post(long item, String fileName, LocalDate dated, LocalDate expires) {
        progress.postItemUpdate(item, new NewUpdate("Evidence " + fileName, null, dated, expires,
                List.of(new EvidenceUpload(fileName, PlanFixtures.smallPdf()))), SubmissionKey.fresh());
    }
}
