package org.oversight.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.AUDIT_EVENT;
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

        publishing.publishReport(reportId);

        assertThat(register.item(item)).isPresent();
        assertThat(register.report(reportId)).get().extracting(r -> r.items().size()).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("REPORT_PUBLISHED").and(AUDIT_EVENT.ENTITY_ID.eq(reportId))))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("iopc")
    void aReportWithheldUntilADayIsPublicFromThatDay() {
        publishing.withholdReport(reportId, today.plusDays(7));
        assertThat(register.item(item)).isEmpty();

        assertThatThrownBy(() -> publishing.withholdReport(reportId, today))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("iopc")
    void aWithheldPassageShowsItsGroundAndIsNotFoundBySearch() {
        publishing.publishReport(reportId);
        int audited = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PASSAGE_WITHHELD"));
        publishing.withholdPassage(SubjectKind.RECOMMENDATION, recommendationId(), SECRET, Ground.PERSONAL_DATA);
        publishing.withholdPassage(SubjectKind.RECOMMENDATION, recommendationId(), SECRET, Ground.PERSONAL_DATA); // a double click

        PublicItem published = register.item(item).orElseThrow().item();
        assertThat(published.text()).isEqualTo("The force should brief the [withheld: personal data] on grooming.");
        assertThat(register.search(register.filter(Map.of("q", "Sergeant Example"))).total()).isZero();
        assertThat(register.search(register.filter(Map.of("q", "brief the"))).items()).extracting(PublicItem::id).contains(item);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PASSAGE_WITHHELD"))).isEqualTo(audited + 1);
    }

    @Test
    @WithUserDetails("iopc")
    void aPassageNotInTheTextIsRefusedWithAMessage() {
        assertThatThrownBy(() -> publishing.withholdPassage(SubjectKind.RECOMMENDATION, recommendationId(), "not there", Ground.PERSONAL_DATA))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    @WithUserDetails("iopc")
    void aWithheldItemIsNotPublicButItsPlaceInTheReportShowsTheGround() {
        publishing.publishReport(reportId);
        publishing.withholdItem(item, Ground.PREJUDICE_TO_PROCEEDINGS);

        assertThat(register.item(item)).isEmpty();
        PublicReport report = register.report(reportId).orElseThrow();
        assertThat(report.items()).isEmpty();
        assertThat(report.withheld()).extracting(PublicReport.WithheldItem::ground).containsExactly(Ground.PREJUDICE_TO_PROCEEDINGS);

        publishing.releaseItem(item);
        assertThat(register.item(item)).isPresent();
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
        publishing.publishReport(reportId);

        int met = publishing.publishResponse(plan);

        assertThat(met).isEqualTo(1);
        assertThat(publicationClock().metOn()).isEqualTo(today);
        assertThat(register.item(item).orElseThrow().response()).get().extracting(PublicText::text)
                .isEqualTo("Surrey Police accepts the recommendation and will brief every call handler.");
        assertThat(publishing.publishResponse(plan)).as("a second publication meets nothing more").isZero();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void staffOfAnotherWatchdogMayNotDecide() {
        assertThatThrownBy(() -> publishing.publishReport(reportId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.withholdItem(item, Ground.PERSONAL_DATA)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorMayNotDecide() {
        assertThatThrownBy(() -> publishing.publishReport(reportId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("surrey")
    void theRecipientMayNotPublishItsOwnResponse() {
        long plan = responseOfSurrey("Our answer.");
        assertThatThrownBy(() -> publishing.publishResponse(plan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.publishReport(reportId)).isInstanceOf(AccessDeniedException.class);
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
