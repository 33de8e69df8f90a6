package org.oversight.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.PUBLICATION_DECISION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanStatus;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.deadline.ClockDetails;
import org.oversight.deadline.ClockRule;
import org.oversight.deadline.ClockService;
import org.oversight.deadline.TestItems;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing is a decision of the issuing watchdog's staff: what it publishes, withholds and redacts is what the
 * public register shows, and publishing a response to an IOPC learning recommendation meets the 21-day clock.
 */
@DatabaseTest
@Transactional
class WatchdogPublishesAndWithholdsTest {

    static final String SECRET = "named officer Sergeant Example";

    @Autowired Publishing publishing;
    @Autowired PublicRegister register;
    @Autowired ClockService clocks;
    @Autowired DSLContext dsl;
    @Autowired ClockSync sync;
    @Autowired Clock clock;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    TestItems items;
    LocalDate today;
    long item;
    long reportId;

    @BeforeEach
    void setUp() {
        items = new TestItems(dsl, sync);
        today = LocalDate.now(clock);
        item = items.item("IOPC", ReportKind.INVESTIGATION, RecommendationKind.LEARNING_RECOMMENDATION,
                today.minusDays(40), "SURREY", today);
        long recId = dsl.select(TRACKED_RECOMMENDATION.RECOMMENDATION_ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(item)).fetchSingle(TRACKED_RECOMMENDATION.RECOMMENDATION_ID);
        dsl.update(RECOMMENDATION).set(RECOMMENDATION.TEXT, "The force should brief the " + SECRET + " on grooming.")
                .where(RECOMMENDATION.ID.eq(recId)).execute();
        reportId = dsl.select(RECOMMENDATION.REPORT_ID).from(RECOMMENDATION).where(RECOMMENDATION.ID.eq(recId))
                .fetchSingle(RECOMMENDATION.REPORT_ID);
    }

    @Test
    @WithUserDetails("iopc")
    void nothingIsPublicUntilTheWatchdogPublishesIt() {
        assertThat(register.item(item)).isEmpty();
        assertThat(register.report(reportId)).isEmpty();

        publishing.publishReport(SubmissionKey.fresh(), reportId);

        assertThat(register.item(item)).isPresent();
        assertThat(register.report(reportId)).get().extracting(r -> r.items().size()).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("REPORT_PUBLISHED").and(AUDIT_EVENT.ENTITY_ID.eq(reportId))))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("iopc")
    void aReportWithheldUntilADayIsPublicFromThatDay() {
        publishing.withholdReport(SubmissionKey.fresh(), reportId, today.plusDays(7));
        assertThat(register.item(item)).isEmpty();

        assertThatThrownBy(() -> publishing.withholdReport(SubmissionKey.fresh(), reportId, today))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("iopc")
    void aWithheldPassageShowsItsGroundAndIsNotFoundBySearch() {
        publishing.publishReport(SubmissionKey.fresh(), reportId);
        int audited = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PASSAGE_WITHHELD"));
        publishing.withholdPassage(SubmissionKey.fresh(), SubjectKind.RECOMMENDATION, recommendationId(), SECRET, Ground.PERSONAL_DATA);
        publishing.withholdPassage(SubmissionKey.fresh(), SubjectKind.RECOMMENDATION, recommendationId(), SECRET, Ground.PERSONAL_DATA); // a double click

        PublicItem published = register.item(item).orElseThrow().item();
        assertThat(published.text()).isEqualTo("The force should brief the [withheld: personal data] on grooming.");
        assertThat(register.search(register.filter(Map.of("q", "Sergeant Example"))).total()).isZero();
        assertThat(register.search(register.filter(Map.of("q", "brief the"))).items()).extracting(PublicItem::id).contains(item);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PASSAGE_WITHHELD"))).isEqualTo(audited + 1);
    }

    @Test
    @WithUserDetails("iopc")
    void aPassageNotInTheTextIsRefusedWithAMessage() {
        assertThatThrownBy(() -> publishing.withholdPassage(SubmissionKey.fresh(), SubjectKind.RECOMMENDATION, recommendationId(), "not there", Ground.PERSONAL_DATA))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    @WithUserDetails("iopc")
    void aWithheldItemIsNotPublicButItsPlaceInTheReportShowsTheGround() {
        publishing.publishReport(SubmissionKey.fresh(), reportId);
        publishing.withholdItem(SubmissionKey.fresh(), item, Ground.PREJUDICE_TO_PROCEEDINGS, null);

        assertThat(register.item(item)).isEmpty();
        PublicReport report = register.report(reportId).orElseThrow();
        assertThat(report.items()).isEmpty();
        assertThat(report.withheld()).extracting(PublicReport.WithheldItem::ground).containsExactly(Ground.PREJUDICE_TO_PROCEEDINGS);

        publishing.releaseItem(SubmissionKey.fresh(), item);
        assertThat(register.item(item)).isPresent();
    }

    @Test
    @WithUserDetails("iopc")
    void anItemWithheldUntilADayIsHiddenUntilThenAndFollowsItsReportFromThatDay() {
        publishing.publishReport(SubmissionKey.fresh(), reportId);

        publishing.withholdItem(SubmissionKey.fresh(), item, Ground.PREJUDICE_TO_PROCEEDINGS, today.plusDays(7));

        assertThat(register.item(item)).isEmpty();
        assertThat(register.search(register.filter(Map.of())).items()).extracting(PublicItem::id).doesNotContain(item);
        assertThat(register.report(reportId).orElseThrow().withheld()).extracting(PublicReport.WithheldItem::ground)
                .containsExactly(Ground.PREJUDICE_TO_PROCEEDINGS);
        assertThat(dsl.fetchValue(PUBLICATION_DECISION.WITHHELD_UNTIL, PUBLICATION_DECISION.SUBJECT_KIND.eq("ITEM")
                .and(PUBLICATION_DECISION.SUBJECT_ID.eq(item)))).isEqualTo(today.plusDays(7));

        // the day comes
        dsl.update(PUBLICATION_DECISION).set(PUBLICATION_DECISION.WITHHELD_UNTIL, today)
                .where(PUBLICATION_DECISION.SUBJECT_KIND.eq("ITEM")).and(PUBLICATION_DECISION.SUBJECT_ID.eq(item)).execute();
        events.publishEvent(new PublicRegisterChanged("test: a day later"));

        assertThat(register.item(item)).isPresent();
        assertThat(register.report(reportId).orElseThrow().withheld()).isEmpty();
    }

    @Test
    @WithUserDetails("iopc")
    void anItemCannotBeWithheldUntilToday() {
        publishing.publishReport(SubmissionKey.fresh(), reportId);

        assertThatThrownBy(() -> publishing.withholdItem(SubmissionKey.fresh(), item, Ground.PERSONAL_DATA, today))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsKey("until").doesNotContainKey("ground"));
        assertThatThrownBy(() -> publishing.withholdItem(SubmissionKey.fresh(), item, null, today.plusYears(11)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("until", "Enter a day within the next ten years.").containsKey("ground"));
        assertThat(register.item(item)).as("nothing half-decided").isPresent();
    }

    @Test
    @WithUserDetails("iopc")
    void aDoubleClickDecidesAndAuditsOnce() {
        SubmissionKey publish = SubmissionKey.fresh();
        publishing.publishReport(publish, reportId);
        publishing.publishReport(publish, reportId);
        SubmissionKey withhold = SubmissionKey.fresh();
        publishing.withholdItem(withhold, item, Ground.PERSONAL_DATA, null);
        publishing.withholdItem(withhold, item, Ground.PERSONAL_DATA, null);

        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("REPORT_PUBLISHED").and(AUDIT_EVENT.ENTITY_ID.eq(reportId))))
                .isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ITEM_WITHHELD").and(AUDIT_EVENT.ENTITY_ID.eq(item))))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("iopc")
    void publishingTheResponseMeetsTheIopcsTwentyOneDayPublicationClock() {
        items.submitted(item, today.minusDays(5));
        sync.sync(DSL.trueCondition(), TestItems.at(today));
        ClockDetails before = publicationClock();
        assertThat(before.metOn()).isNull();
        assertThat(before.dueOn()).isEqualTo(today.minusDays(5).plusDays(21));
        long plan = responseOfSurrey("Surrey Police accepts the recommendation and will brief every call handler.");
        publishing.publishReport(SubmissionKey.fresh(), reportId);

        int met = publishing.publishResponse(SubmissionKey.fresh(), plan);

        assertThat(met).isEqualTo(1);
        assertThat(publicationClock().metOn()).isEqualTo(today);
        assertThat(register.item(item).orElseThrow().response()).get().extracting(PublicText::text)
                .isEqualTo("Surrey Police accepts the recommendation and will brief every call handler.");
        assertThat(publishing.publishResponse(SubmissionKey.fresh(), plan)).as("a second publication meets nothing more").isZero();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void staffOfAnotherWatchdogMayNotDecide() {
        assertThatThrownBy(() -> publishing.publishReport(SubmissionKey.fresh(), reportId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.withholdItem(SubmissionKey.fresh(), item, Ground.PERSONAL_DATA, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorMayNotDecide() {
        assertThatThrownBy(() -> publishing.publishReport(SubmissionKey.fresh(), reportId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("surrey")
    void theRecipientMayNotPublishItsOwnResponse() {
        long plan = responseOfSurrey("Our answer.");
        assertThatThrownBy(() -> publishing.publishResponse(SubmissionKey.fresh(), plan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.publishReport(SubmissionKey.fresh(), reportId)).isInstanceOf(AccessDeniedException.class);
    }

    private long recommendationId() {
        return dsl.select(TRACKED_RECOMMENDATION.RECOMMENDATION_ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(item)).fetchSingle(TRACKED_RECOMMENDATION.RECOMMENDATION_ID);
    }

    private ClockDetails publicationClock() {
        return clocks.clocksOf(item).clocks().stream().filter(c -> c.rule() == ClockRule.IOPC_PUBLICATION)
                .findFirst().orElseThrow();
    }

    private long responseOfSurrey(String summary) {
        return dsl.insertInto(ACTION_PLAN).set(ACTION_PLAN.REPORT_ID, reportId).set(ACTION_PLAN.ORGANISATION_ID, items.orgId("SURREY"))
                .set(ACTION_PLAN.STATUS, PlanStatus.SUBMITTED).set(ACTION_PLAN.SUMMARY, summary)
                .set(ACTION_PLAN.SUBMITTED_AT, OffsetDateTime.now(clock)).set(ACTION_PLAN.CREATED_AT, OffsetDateTime.now(clock))
                .set(ACTION_PLAN.UPDATED_AT, OffsetDateTime.now(clock)).returning(ACTION_PLAN.ID).fetchOne(ACTION_PLAN.ID);
    }
}
