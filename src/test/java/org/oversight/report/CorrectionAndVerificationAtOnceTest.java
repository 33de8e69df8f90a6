package org.oversight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.Transition;
import org.oversight.recommendation.internal.JooqItemCountLedger;
import org.oversight.recommendation.internal.JooqStatusTrendLedger;
import org.oversight.recommendation.internal.JooqVerifiedSpanLedger;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.OwnDatabase;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A watchdog corrects a report's publication date while, at the same moment, a colleague verifies (or reopens) one
 * of its recommendations: both are saved, whichever comes first, and every dashboard summary the two move
 * (item_count, item_count_recipient, item_verified_day, item_verified_span, the trend) equals its recount. Both
 * writers lock the report's row before the item's (decision 0133); with the item first on one side, the database
 * found a deadlock and failed one of them in about a third of the rounds. The move is made as a plan decision or a
 * bulk verification makes it (no version seen by a person: a person who saw the item before the correction moved its
 * dates is told it changed, by design). The verifier reads the report's page none, one or two times first, so that
 * the two transactions meet at varying moments.
 */
@DatabaseTest
@OwnDatabase
class CorrectionAndVerificationAtOnceTest {

    private static final int ROUNDS = 12;

    @Autowired ReportService reports;
    @Autowired RecommendationWorkflow workflow;
    @Autowired FreshItems fresh;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate tx;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;
    @Autowired JooqItemCountLedger counts;
    @Autowired JooqVerifiedSpanLedger spans;
    @Autowired JooqStatusTrendLedger trend;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        SignIn.out();
    }

    @Test
    void aCorrectedPublicationDateAndAVerificationAtOnceAreBothSavedAndTheSummariesAddUp() throws Exception {
        long reportId = tx.execute(s -> reportWithAClaim());
        long item = itemOf(reportId);
        LocalDate published = reports(reportId).publishedOn();
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            boolean verify = round % 2 == 0;
            LocalDate on = published.minusDays(round % 2 == 0 ? 1 : 0);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<?> correction = threads.submit(() -> as("hmicfrs", together, () -> correct(reportId, on)));
            int looks = round / 2 % 3;
            Future<?> move = threads.submit(() -> as("hmicfrs", together, () -> {
                // the verifier looks at the report first, for none to two readings: the moments of the two vary
                IntStream.range(0, looks).forEach(i -> reports.find(reportId));
                workflow.applyAll(List.of(item), verify ? Transition.VERIFY : Transition.REOPEN,
                        verify ? null : "Reopened at once");
            }));
            for (var f : List.of(correction, move)) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add("round " + round + ": " + e.getCause());
                }
            }
            Status expected = verify ? Status.VERIFIED_IMPLEMENTED : Status.IN_PROGRESS;
            if (fresh.statusOf(item) != expected) {
                failures.add("round " + round + ": " + fresh.statusOf(item) + " instead of " + expected);
            }
            if (fresh.statusOf(item) == Status.IN_PROGRESS) {
                tx.executeWithoutResult(s -> {
                    SignIn.as(users, "surrey");
                    workflow.apply(item, Transition.CLAIM_COMPLETE, "Done again", fresh.versionOf(item));
                });
            }
        }
        assertThat(failures).as("corrections and moves that failed").isEmpty();
        assertThat(fresh.statusOf(item)).isEqualTo(Status.REPORTED_COMPLETE);
        assertThat(reports(reportId).publishedOn()).isEqualTo(published);
        assertThat(counts.stored()).as("item_count").isEqualTo(counts.recount());
        assertThat(counts.storedByRecipient()).as("item_count_recipient").isEqualTo(counts.recountByRecipient());
        assertThat(counts.storedVerifiedDays()).as("item_verified_day").isEqualTo(counts.recountVerifiedDays());
        assertThat(spans.stored()).as("item_verified_span").isEqualTo(spans.recount());
        assertThat(trend.stored()).as("status_trend_month").isEqualTo(trend.recount());
        assertThat(trend.storedByRecipient()).as("status_trend_recipient_month").isEqualTo(trend.recountByRecipient());
    }

    /** A new report with a recommendation to Surrey and Devon; Surrey's claimed done, Devon's verified. */
    private long reportWithAClaim() {
        SignIn.as(users, "hmicfrs");
        long reportId = fresh.report();
        reports.addRecommendation(reportId, new RecommendationForm("1", RecommendationKind.RECOMMENDATION,
                "Concurrent recommendation", Priority.HIGH, Set.of(), false,
                Set.of(fresh.orgId("SURREY"), fresh.orgId("DEVON_CORNWALL"))), SubmissionKey.fresh());
        for (long id : dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.in(recommendationsOf(reportId))).fetch(TRACKED_RECOMMENDATION.ID)) {
            String recipient = fresh.statusOf(id) == Status.OPEN && isSurrey(id) ? "surrey" : "devon";
            step(recipient, id, Transition.SUBMIT_PLAN, null);
            step("hmicfrs", id, Transition.ACCEPT_PLAN, null);
            step(recipient, id, Transition.CLAIM_COMPLETE, "Done");
            if (recipient.equals("devon")) {
                step("hmicfrs", id, Transition.VERIFY, null);
            }
        }
        return reportId;
    }

    private void step(String user, long id, Transition t, String reason) {
        SignIn.as(users, user);
        workflow.apply(id, t, reason, fresh.versionOf(id));
    }

    private boolean isSurrey(long itemId) {
        return dsl.select(TRACKED_RECOMMENDATION.RECIPIENT_ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(itemId)).fetchSingle(TRACKED_RECOMMENDATION.RECIPIENT_ID)
                == fresh.orgId("SURREY");
    }

    private List<Long> recommendationsOf(long reportId) {
        var r = org.oversight.db.Tables.RECOMMENDATION;
        return dsl.select(r.ID).from(r).where(r.REPORT_ID.eq(reportId)).fetch(r.ID);
    }

    private long itemOf(long reportId) {
        return dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.in(recommendationsOf(reportId)))
                .and(TRACKED_RECOMMENDATION.RECIPIENT_ID.eq(fresh.orgId("SURREY")))
                .fetchSingle(TRACKED_RECOMMENDATION.ID);
    }

    private ReportDetail reports(long reportId) {
        SignIn.as(users, "hmicfrs");
        return reports.find(reportId).orElseThrow();
    }

    private void correct(long reportId, LocalDate on) {
        ReportDetail d = reports.find(reportId).orElseThrow();
        ReportForm f = d.toForm();
        reports.update(reportId, d.version(), new ReportForm(f.kind(), f.title(), f.reference(), on, f.link(),
                f.summary(), f.forceIds(), f.themeIds()));
    }

    /** Signs in on this thread, waits for the other thread, and runs {@code work} in a transaction of its own. */
    private Void as(String user, CyclicBarrier together, Runnable work) throws Exception {
        SignIn.as(users, user);
        try {
            together.await();
            tx.executeWithoutResult(s -> work.run());
            return null;
        } finally {
            SignIn.out();
        }
    }
}
