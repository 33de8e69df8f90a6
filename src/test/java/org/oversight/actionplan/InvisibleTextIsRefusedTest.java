package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.EVIDENCE;
import static org.oversight.db.Tables.PROGRESS_UPDATE;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.STATUS_CHANGE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.admin.AdminUserService;
import org.oversight.admin.NewUser;
import org.oversight.base.InvalidInputException;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.Transition;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportForm;
import org.oversight.report.ReportService;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text made only of invisible characters (no-break spaces, zero-width spaces, byte-order marks) is as empty as no
 * text: every required field of every service refuses it with a message on the field, and nothing is written.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class InvisibleTextIsRefusedTest {

    static final List<String> BLANKS = List.of("\u00A0\u00A0\u00A0", "\u200B", "\uFEFF", "\u00A0\u200B", "\u2007\u202F\u2060");

    @Autowired ReportService reports;
    @Autowired ActionService actions;
    @Autowired ActionPlanService plans;
    @Autowired ProgressService progress;
    @Autowired RecommendationWorkflow workflow;
    @Autowired AdminUserService users;
    @Autowired FreshItems fresh;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;

    static Stream<Arguments> blankFields() {
        return Stream.of("report title", "recommendation text", "update body", "action title", "action owner",
                        "plan summary", "plan return reason", "transition reason", "user display name")
                .flatMap(field -> BLANKS.stream().map(blank -> Arguments.of(field, blank)));
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("blankFields")
    void invisibleTextInARequiredFieldIsRefusedAndNothingIsSaved(String field, String blank) {
        switch (field) {
            case "report title" -> {
                int before = dsl.fetchCount(REPORT);
                refused("title", () -> reports.create(new ReportForm(ReportKind.INSPECTION, blank, "T-BLANK-1",
                        LocalDate.now().minusDays(3), null, null, Set.of(), Set.of()), SubmissionKey.fresh()));
                assertThat(dsl.fetchCount(REPORT)).isEqualTo(before);
            }
            case "recommendation text" -> {
                long report = fresh.report();
                refused("text", () -> reports.addRecommendation(report, new RecommendationForm("1", RecommendationKind.RECOMMENDATION,
                        blank, Priority.HIGH, Set.of(), false, Set.of(fresh.orgId("DEVON_CORNWALL"))), SubmissionKey.fresh()));
                assertThat(dsl.fetchCount(RECOMMENDATION, RECOMMENDATION.REPORT_ID.eq(report))).isZero();
            }
            case "update body" -> {
                long item = fresh.itemFor("DEVON_CORNWALL");
                fx.signIn("devon");
                refused("body", () -> progress.postItemUpdate(item, new NewUpdate(blank, null, null, null, List.of()), SubmissionKey.fresh()));
                assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID.eq(item))).isZero();
            }
            case "action title", "action owner" -> {
                fx.signIn("devon");
                long plan = fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL");
                long item = fx.item(PlanFixtures.DEVON_CUSTODY, "2", "DEVON_CORNWALL");
                int before = dsl.fetchCount(ACTION, ACTION.PLAN_ID.eq(plan));
                boolean title = field.equals("action title");
                refused(title ? "title" : "ownerName", () -> actions.addAction(plan, new ActionInput(title ? blank : "Review custody",
                        null, title ? "Custody lead" : blank, LocalDate.now().plusMonths(2), 0, null, Set.of(item)), SubmissionKey.fresh()));
                assertThat(dsl.fetchCount(ACTION, ACTION.PLAN_ID.eq(plan))).isEqualTo(before);
            }
            case "plan summary" -> {
                fx.signIn("devon");
                long plan = fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL");
                plans.saveSummary(plan, blank, fx.planVersion(plan));
                assertThat(dsl.select(ACTION_PLAN.SUMMARY).from(ACTION_PLAN).where(ACTION_PLAN.ID.eq(plan)).fetchSingle().value1())
                        .as("a blank summary is no summary").isNull();
                refused("summary", () -> plans.submit(plan, fx.planVersion(plan)));
                assertThat(fx.planStatus(plan)).isEqualTo(PlanStatus.RETURNED);
            }
            case "plan return reason" -> {
                long plan = fx.plan(PlanFixtures.SURREY_CONTACT_MANAGEMENT, "SURREY");
                refused("reason", () -> plans.returnPlan(plan, blank, fx.planVersion(plan)));
                assertThat(fx.planStatus(plan)).isEqualTo(PlanStatus.SUBMITTED);
            }
            case "transition reason" -> {
                long item = fresh.itemFor("DEVON_CORNWALL");
                int changes = dsl.fetchCount(STATUS_CHANGE, STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(item));
                refused("reason", () -> workflow.apply(item, Transition.CLOSE_NOT_IMPLEMENTED, blank, fresh.versionOf(item)));
                assertThat(fresh.statusOf(item)).isEqualTo(Status.OPEN);
                assertThat(dsl.fetchCount(STATUS_CHANGE, STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(item))).isEqualTo(changes);
            }
            case "user display name" -> {
                fx.signIn("admin");
                refused("displayName", () -> users.create(new NewUser("blank.name", blank, "blank.name@example.invalid",
                        Role.ADMIN, null, "copper-lighthouse-fjord")));
                assertThat(dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq("blank.name"))).isFalse();
            }
            default -> throw new IllegalArgumentException(field);
        }
    }

    @Test
    void aRightToLeftOverrideIsTakenOutOfADisplayName() {
        fx.signIn("admin");
        users.create(new NewUser("alex.bidi", "Alex \u202EnimdA\u202C", "alex.bidi@example.invalid", Role.ADMIN, null,
                "copper-lighthouse-fjord"));

        assertThat(dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.USERNAME.eq("alex.bidi")).fetchSingle().value1())
                .isEqualTo("Alex nimdA");
    }

    @Test
    void aRightToLeftOverrideIsTakenOutOfAnEvidenceFileName() {
        long evidence = fx.evidenceOnAFreshItem("devon", "DEVON_CORNWALL", "invoice\u202Efdp.txt", "An invoice.".getBytes());

        assertThat(fileName(evidence)).isEqualTo("invoicefdp.txt");
    }

    @Test
    void aLongFileNameIsShortenedWithoutBreakingAnEmoji() {
        String name = "\uD83D\uDC6E\uD83C\uDFFD".repeat(100) + ".txt"; // police officer, medium skin tone: 4 UTF-16 units each
        long evidence = fx.evidenceOnAFreshItem("devon", "DEVON_CORNWALL", name, "A note.".getBytes());

        String stored = fileName(evidence);
        assertThat(stored).hasSizeLessThanOrEqualTo(255).endsWith(".txt");
        assertThat(stored.substring(0, stored.length() - 4)).matches("(\uD83D\uDC6E\uD83C\uDFFD)+");
    }

    @ParameterizedTest
    @ValueSource(ints = {101, -1, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void progressOutsideZeroToHundredIsRefusedWithAMessage(int value) {
        fx.signIn("devon");
        long action = fx.action(fx.plan(PlanFixtures.DEVON_CUSTODY, "DEVON_CORNWALL"), "Renewed custody protocols with the local authorities");
        int updates = dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(action));

        assertThatThrownBy(() -> progress.postActionUpdate(action, new NewUpdate("Protocols renewed.", value, null, null, List.of()), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("progress", "Progress must be a whole number from 0 to 100."));
        assertThat(dsl.fetchCount(PROGRESS_UPDATE, PROGRESS_UPDATE.ACTION_ID.eq(action))).isEqualTo(updates);
    }

    private String fileName(long evidenceId) {
        return dsl.select(EVIDENCE.FILE_NAME).from(EVIDENCE).where(EVIDENCE.ID.eq(evidenceId)).fetchSingle().value1();
    }

    private static void refused(String field, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldMessages()).as("message on the field").containsKey(field));
    }
}
