package org.oversight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.deadline.ClockRule;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.deadline.ResponseDeadlines;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Recommendations of a report: each recipient gets its own tracked item; bad input is refused and nothing is saved. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogAddsRecommendationsTest {

    @Autowired
    ReportService reports;
    @Autowired
    ResponseDeadlines deadlines;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    long reportId;
    LocalDate published;

    @BeforeEach
    void aNewReport() {
        published = LocalDate.now(clock).minusDays(20);
        reportId = reports.create(new ReportForm(ReportKind.INSPECTION, "Missing children: a national thematic", "HMICFRS-TEST-MC",
                published, null, null, Set.of(), Set.of()), SubmissionKey.fresh());
    }

    RecommendationForm toSurrey() {
        return new RecommendationForm("1", RecommendationKind.RECOMMENDATION, "Chief constables should review how missing "
                + "children are risk-assessed.", Priority.HIGH, Set.of(), false, Set.of(org("SURREY")));
    }

    @Test
    void aRecommendationToOneForceOpensOneItemWithItsResponseDeadline() {
        long recId = reports.addRecommendation(reportId, toSurrey(), SubmissionKey.fresh());

        var item = dsl.selectFrom(TRACKED_RECOMMENDATION).where(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recId)).fetchSingle();
        LocalDate due = deadlines.responseDue("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, published);
        assertThat(item.getRecipientId()).isEqualTo(org("SURREY"));
        assertThat(item.getStatus()).isEqualTo(Status.OPEN);
        assertThat(item.getResponseDueOn()).isEqualTo(due);
        assertThat(item.getDueOn()).isEqualTo(due);
        var first = dsl.selectFrom(STATUS_CHANGE).where(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(item.getId())).fetchSingle();
        assertThat(first.getFromStatus()).isNull();
        assertThat(first.getToStatus()).isEqualTo(Status.OPEN);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("recommendation").and(AUDIT_EVENT.ENTITY_ID.eq(recId))))
                .isEqualTo(1);
        // its clock runs at once (not from the next reminder run), due the day the register shows
        var clock = dsl.selectFrom(CLOCK).where(CLOCK.TRACKED_RECOMMENDATION_ID.eq(item.getId())).fetchSingle();
        assertThat(clock.getRule()).isEqualTo(ClockRule.HMICFRS_ACTION_PLAN);
        assertThat(clock.getStartsOn()).isEqualTo(published);
        assertThat(clock.getDueOn()).isEqualTo(due);
    }

    static Stream<Arguments> badRecommendations() {
        return Stream.of(
                bad("no text", f -> new RecommendationForm(f.number(), f.kind(), "  ", f.priority(), f.themeIds(), false, f.recipientIds()), "text"),
                bad("text over 4000 characters", f -> new RecommendationForm(f.number(), f.kind(), "t".repeat(4001), f.priority(),
                        f.themeIds(), false, f.recipientIds()), "text"),
                bad("no number", f -> new RecommendationForm("", f.kind(), f.text(), f.priority(), f.themeIds(), false, f.recipientIds()), "number"),
                bad("a number over 20 characters", f -> new RecommendationForm("9".repeat(21), f.kind(), f.text(), f.priority(),
                        f.themeIds(), false, f.recipientIds()), "number"),
                bad("no kind", f -> new RecommendationForm(f.number(), null, f.text(), f.priority(), f.themeIds(), false, f.recipientIds()), "kind"),
                bad("no priority", f -> new RecommendationForm(f.number(), f.kind(), f.text(), null, f.themeIds(), false, f.recipientIds()), "priority"),
                bad("no recipient", f -> new RecommendationForm(f.number(), f.kind(), f.text(), f.priority(), f.themeIds(), false, Set.of()), "recipients"));
    }

    @ParameterizedTest(name = "a recommendation with {0} is refused")
    @MethodSource("badRecommendations")
    void aBadRecommendationIsRefusedOnItsFieldAndNothingIsSaved(String what, UnaryOperator<RecommendationForm> spoil, String field) {
        assertRefused(spoil.apply(toSurrey()), field);
    }

    @Test
    void aRecipientMustBeAForceOrANationalBody() {
        RecommendationForm toAWatchdog = new RecommendationForm("1", RecommendationKind.RECOMMENDATION, "Text", Priority.LOW,
                Set.of(), false, Set.of(org("SURREY"), org("IOPC")));
        assertRefused(toAWatchdog, "recipients");
        RecommendationForm toNobodyKnown = new RecommendationForm("1", RecommendationKind.RECOMMENDATION, "Text", Priority.LOW,
                Set.of(), false, Set.of(-42L));
        assertRefused(toNobodyKnown, "recipients");
    }

    @Test
    void aNumberCanBeUsedOnlyOncePerReport() {
        reports.addRecommendation(reportId, toSurrey(), SubmissionKey.fresh());
        assertRefused(toSurrey(), "number");
        long otherReport = reports.create(new ReportForm(ReportKind.INSPECTION, "Another", "HMICFRS-TEST-OTHER", published, null,
                null, Set.of(), Set.of()), SubmissionKey.fresh());
        reports.addRecommendation(otherReport, toSurrey(), SubmissionKey.fresh());
        assertThat(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(otherReport))).isEqualTo(1);
    }

    @Test
    void aRecipientAlreadySentToCannotBeTakenOffButOthersCanBeAdded() {
        long recId = reports.addRecommendation(reportId, toSurrey(), SubmissionKey.fresh());
        RecommendationForm toDevonInstead = new RecommendationForm("1", RecommendationKind.RECOMMENDATION, toSurrey().text(),
                Priority.HIGH, Set.of(), false, Set.of(org("DEVON_CORNWALL")));
        assertThatThrownBy(() -> reports.updateRecommendation(recId, 0, toDevonInstead)).isInstanceOf(InvalidInputException.class);

        reports.updateRecommendation(recId, 0, new RecommendationForm("1", RecommendationKind.RECOMMENDATION, toSurrey().text(),
                Priority.HIGH, Set.of(), false, Set.of(org("SURREY"), org("DEVON_CORNWALL"))));

        assertThat(dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recId))).isEqualTo(2);
    }

    @Test
    void aCorrectionOnAnOutOfDatePageIsRefused() {
        long recId = reports.addRecommendation(reportId, toSurrey(), SubmissionKey.fresh());
        reports.updateRecommendation(recId, 0, new RecommendationForm("1a", RecommendationKind.RECOMMENDATION, "First", Priority.HIGH,
                Set.of(), false, Set.of(org("SURREY"))));

        assertThatThrownBy(() -> reports.updateRecommendation(recId, 0, new RecommendationForm("1b", RecommendationKind.RECOMMENDATION,
                "Second", Priority.HIGH, Set.of(), false, Set.of(org("SURREY"))))).isInstanceOf(ConcurrentEditException.class);
        assertThat(dsl.select(RECOMMENDATION.NUMBER).from(RECOMMENDATION).where(RECOMMENDATION.ID.eq(recId)).fetchSingle().value1())
                .isEqualTo("1a");
    }

    @Test
    void correctingThePublishedDateMovesTheResponseDeadlines() {
        long recId = reports.addRecommendation(reportId, toSurrey(), SubmissionKey.fresh());
        ReportDetail report = reports.find(reportId).orElseThrow();
        LocalDate earlier = published.minusDays(30);

        reports.update(reportId, report.version(), new ReportForm(report.kind(), report.title(), report.reference(), earlier,
                null, null, Set.of(), Set.of()));

        assertThat(dsl.select(TRACKED_RECOMMENDATION.RESPONSE_DUE_ON).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recId)).fetchSingle().value1())
                .isEqualTo(deadlines.responseDue("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, earlier));
        // the clock starts again from the corrected date, so the next sync keeps the item where it now is
        long trackedId = dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recId)).fetchSingle().value1();
        var clock = dsl.selectFrom(CLOCK).where(CLOCK.TRACKED_RECOMMENDATION_ID.eq(trackedId)).fetchSingle();
        assertThat(clock.getStartsOn()).isEqualTo(earlier);
        assertThat(clock.getDueOn()).isEqualTo(deadlines.responseDue("HMICFRS", ReportKind.INSPECTION, RecommendationKind.RECOMMENDATION, earlier));
    }

    @Test
    @WithUserDetails("iopc")
    void anotherWatchdogCannotAddToThisReport() {
        long hmicReport = dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq("HMIC-2015-NCPI-DC")).fetchSingle(REPORT.ID);
        int before = dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(hmicReport));

        assertThatThrownBy(() -> reports.addRecommendation(hmicReport, new RecommendationForm("99", RecommendationKind.RECOMMENDATION,
                "Text", Priority.LOW, Set.of(), false, Set.of(org("SURREY"))), SubmissionKey.fresh())).isInstanceOf(AccessDeniedException.class);
        assertThat(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(hmicReport))).isEqualTo(before);
    }

    private void assertRefused(RecommendationForm form, String field) {
        int recsBefore = dsl.fetchCount(RECOMMENDATION);
        int itemsBefore = dsl.fetchCount(TRACKED_RECOMMENDATION);
        int auditBefore = dsl.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> reports.addRecommendation(reportId, form, SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey(field));

        assertThat(dsl.fetchCount(RECOMMENDATION)).isEqualTo(recsBefore);
        assertThat(dsl.fetchCount(TRACKED_RECOMMENDATION)).isEqualTo(itemsBefore);
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    private static Arguments bad(String what, UnaryOperator<RecommendationForm> spoil, String field) {
        return Arguments.of(what, spoil, field);
    }

    private long org(String code) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(code)).fetchSingle(ORGANISATION.ID);
    }
}
