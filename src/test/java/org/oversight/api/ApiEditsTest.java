package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_RESPONSE_LINK;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.deadline.ClockRule;
import org.oversight.recommendation.FreshItems;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's edits, over HTTP, each the same service call as its form: a report and a recommendation corrected
 * (only the fields sent change), a plan's summary, an action removed, a commissioner's response recorded. A stale
 * version is 409 and changes nothing; a missing one, or bad input, 422 with the field's message.
 */
@DatabaseTest
@Transactional
class ApiEditsTest {

    @Autowired ApiClient api;
    @Autowired ApiFixtures fixtures;
    @Autowired FreshItems fresh;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    long report;
    long recommendation;
    long item;
    long plan;
    long action;

    @BeforeEach
    void aSurreyInspectionWithADraftPlan() {
        ApiFixtures.Inspection made = fixtures.surreyInspectionWithADraftPlan();
        report = made.report();
        recommendation = made.recommendation();
        item = made.item();
        plan = made.plan();
        action = made.action();
    }

    MvcResult patch(String path, String caller, String json) throws Exception {
        return api.perform(MockMvcRequestBuilders.patch(path).contentType(MediaType.APPLICATION_JSON).content(json),
                api.token(caller));
    }

    int reportVersion() {
        return dsl.select(REPORT.VERSION).from(REPORT).where(REPORT.ID.eq(report)).fetchSingle(REPORT.VERSION);
    }

    int recommendationVersion() {
        return dsl.select(RECOMMENDATION.VERSION).from(RECOMMENDATION).where(RECOMMENDATION.ID.eq(recommendation))
                .fetchSingle(RECOMMENDATION.VERSION);
    }

    @Test
    void aReportIsCorrectedFieldByFieldAndANewPublicationDateMovesTheResponseDeadline() throws Exception {
        LocalDate dueBefore = fx.itemRow(item).getResponseDueOn();
        int v = reportVersion();
        MvcResult corrected = patch("/api/v1/reports/" + report, "hmicfrs", "{\"version\":" + v
                + ",\"title\":\"Call handling: a corrected title\",\"publishedOn\":\"" + LocalDate.now(clock).minusDays(5) + "\"}");

        assertThat(corrected.getResponse().getStatus()).isEqualTo(200);
        assertThat(corrected.getResponse().getContentAsString()).contains("\"title\":\"Call handling: a corrected title\"");
        var row = dsl.selectFrom(REPORT).where(REPORT.ID.eq(report)).fetchSingle();
        assertThat(row.getTitle()).isEqualTo("Call handling: a corrected title");
        assertThat(row.getSummary()).as("not sent, kept").isEqualTo("What we found.");
        assertThat(row.getLink()).as("not sent, kept").isEqualTo("https://example.org/report");
        assertThat(fx.itemRow(item).getResponseDueOn()).as("five days later").isEqualTo(dueBefore.plusDays(5));

        MvcResult stale = patch("/api/v1/reports/" + report, "hmicfrs", "{\"version\":" + v + ",\"title\":\"An older edit\"}");
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("changed-by-someone-else");
        MvcResult noVersion = patch("/api/v1/reports/" + report, "hmicfrs", "{\"title\":\"No version\"}");
        assertThat(noVersion.getResponse().getStatus()).isEqualTo(422);
        assertThat(noVersion.getResponse().getContentAsString()).contains("\"version\":\"Send the version");
        MvcResult blank = patch("/api/v1/reports/" + report, "hmicfrs", "{\"version\":" + reportVersion()
                + ",\"title\":\"\\u200B\\u00A0\",\"publishedOn\":\"2999-01-01\"}");
        assertThat(blank.getResponse().getStatus()).isEqualTo(422);
        assertThat(blank.getResponse().getContentAsString()).contains("\"title\":").contains("\"publishedOn\":");
        assertThat(dsl.selectFrom(REPORT).where(REPORT.ID.eq(report)).fetchSingle().getTitle())
                .isEqualTo("Call handling: a corrected title");
    }

    @Test
    void aRecommendationIsCorrectedAndANewRecipientGetsItsOwnItemButNoneIsTakenOff() throws Exception {
        long devon = fresh.orgId("DEVON_CORNWALL");
        int v = recommendationVersion();
        MvcResult corrected = patch("/api/v1/reports/" + report + "/recommendations/" + recommendation, "hmicfrs",
                "{\"version\":" + v + ",\"priority\":\"MEDIUM\",\"recipientIds\":[" + fresh.orgId("SURREY") + "," + devon + "]}");

        assertThat(corrected.getResponse().getStatus()).isEqualTo(200);
        assertThat(corrected.getResponse().getContentAsString()).contains("\"priority\":\"MEDIUM\"");
        var row = dsl.selectFrom(RECOMMENDATION).where(RECOMMENDATION.ID.eq(recommendation)).fetchSingle();
        assertThat(row.getText()).as("not sent, kept").isEqualTo("Answer calls sooner.");
        assertThat(dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recommendation))).isEqualTo(2);

        MvcResult takenOff = patch("/api/v1/reports/" + report + "/recommendations/" + recommendation, "hmicfrs",
                "{\"version\":" + recommendationVersion() + ",\"recipientIds\":[" + devon + "]}");
        assertThat(takenOff.getResponse().getStatus()).isEqualTo(422);
        assertThat(takenOff.getResponse().getContentAsString()).contains("\"recipients\":\"A recipient that already has this recommendation cannot be taken off");
        assertThat(patch("/api/v1/reports/" + report + "/recommendations/" + recommendation, "hmicfrs",
                "{\"version\":" + v + ",\"text\":\"Older edit.\"}").getResponse().getStatus()).isEqualTo(409);
        assertThat(dsl.fetchCount(TRACKED_RECOMMENDATION, TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(recommendation))).isEqualTo(2);
    }

    @Test
    void thePlansSummaryIsSavedWhileItIsADraftAndNotOnceItIsSubmitted() throws Exception {
        int v = fx.planVersion(plan);
        MvcResult saved = patch("/api/v1/plans/" + plan, "surrey", "{\"version\":" + v + ",\"summary\":\"Every handler retrained by June.\"}");
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        assertThat(saved.getResponse().getContentAsString()).contains("Every handler retrained by June.");

        assertThat(patch("/api/v1/plans/" + plan, "surrey", "{\"version\":" + v + ",\"summary\":\"Older.\"}")
                .getResponse().getStatus()).isEqualTo(409);
        MvcResult noSummary = patch("/api/v1/plans/" + plan, "surrey", "{\"version\":" + fx.planVersion(plan) + "}");
        assertThat(noSummary.getResponse().getStatus()).isEqualTo(422);
        assertThat(noSummary.getResponse().getContentAsString()).contains("\"summary\":\"Send the summary");
        MvcResult tooLong = patch("/api/v1/plans/" + plan, "surrey", "{\"version\":" + fx.planVersion(plan)
                + ",\"summary\":\"" + "x".repeat(20_000) + "\"}");
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(tooLong.getResponse().getContentAsString()).contains("\"summary\":\"Keep the summary to");

        api.postJson("/api/v1/plans/" + plan + "/submit", api.token("surrey"), null, "{\"version\":" + fx.planVersion(plan) + "}");
        MvcResult submitted = patch("/api/v1/plans/" + plan, "surrey", "{\"version\":" + fx.planVersion(plan) + ",\"summary\":\"Late change.\"}");
        assertThat(submitted.getResponse().getStatus()).isEqualTo(409);
        assertThat(submitted.getResponse().getContentAsString()).contains("only while the plan is a draft or returned");
        assertThat(dsl.select(org.oversight.db.Tables.ACTION_PLAN.SUMMARY).from(org.oversight.db.Tables.ACTION_PLAN)
                .where(org.oversight.db.Tables.ACTION_PLAN.ID.eq(plan)).fetchSingle().value1()).isEqualTo("Every handler retrained by June.");
    }

    @Test
    void anActionIsRemovedFromADraftWithItsVersionAndAnActionWithHistoryIsNot() throws Exception {
        String token = api.token("surrey");
        int v = fx.actionRow(action).getVersion();
        MvcResult noVersion = api.perform(MockMvcRequestBuilders.delete("/api/v1/actions/" + action), token);
        assertThat(noVersion.getResponse().getStatus()).isEqualTo(422);
        assertThat(api.perform(MockMvcRequestBuilders.delete("/api/v1/actions/" + action + "?version=" + (v + 1)), token)
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(api.perform(MockMvcRequestBuilders.delete("/api/v1/actions/" + action + "?version=" + v), token)
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(dsl.fetchCount(ACTION, ACTION.ID.eq(action))).isZero();
        assertThat(api.perform(MockMvcRequestBuilders.delete("/api/v1/actions/" + action + "?version=" + v), token)
                .getResponse().getStatus()).as("gone").isEqualTo(404);

        PlanFixtures.AcceptedPlan accepted = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Audit the call log");
        SignIn.out();
        MvcResult agreed = api.perform(MockMvcRequestBuilders.delete("/api/v1/actions/" + accepted.actionId() + "?version="
                + fx.actionRow(accepted.actionId()).getVersion()), token);
        assertThat(agreed.getResponse().getStatus()).isEqualTo(409);
        assertThat(agreed.getResponse().getContentAsString()).contains("set the action's status to Cancelled instead");
        assertThat(dsl.fetchCount(ACTION, ACTION.ID.eq(accepted.actionId()))).isEqualTo(1);
    }

    @Test
    void surreysLeadRecordsTheCommissionersPublishedResponseWhichStopsItsClock() throws Exception {
        var pcc = dsl.selectFrom(CLOCK).where(CLOCK.REPORT_ID.eq(report)).and(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE)).fetchSingle();
        String body = "{\"version\":%d,\"metOn\":\"%s\",\"link\":\"%s\"}";

        MvcResult future = api.postJson("/api/v1/clocks/" + pcc.getId() + "/met", api.token("surrey"), null,
                body.formatted(pcc.getVersion(), LocalDate.now(clock).plusDays(1), "https://surrey-pcc.example/response"));
        assertThat(future.getResponse().getStatus()).isEqualTo(422);
        assertThat(future.getResponse().getContentAsString()).contains("\"metOn\":\"Enter a day between the start of the clock");
        MvcResult badLink = api.postJson("/api/v1/clocks/" + pcc.getId() + "/met", api.token("surrey"), null,
                body.formatted(pcc.getVersion(), LocalDate.now(clock), "javascript:alert(1)"));
        assertThat(badLink.getResponse().getStatus()).isEqualTo(422);
        assertThat(badLink.getResponse().getContentAsString()).contains("\"link\":");
        MvcResult stale = api.postJson("/api/v1/clocks/" + pcc.getId() + "/met", api.token("surrey"), null,
                body.formatted(pcc.getVersion() - 1, LocalDate.now(clock), "https://surrey-pcc.example/response"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);

        MvcResult met = api.postJson("/api/v1/clocks/" + pcc.getId() + "/met", api.token("surrey"), null,
                body.formatted(pcc.getVersion(), LocalDate.now(clock).minusDays(1), "https://surrey-pcc.example/response"));
        assertThat(met.getResponse().getStatus()).isEqualTo(204);
        assertThat(dsl.select(CLOCK.MET_ON).from(CLOCK).where(CLOCK.ID.eq(pcc.getId())).fetchSingle(CLOCK.MET_ON))
                .isEqualTo(LocalDate.now(clock).minusDays(1));
        assertThat(dsl.fetchCount(CLOCK_RESPONSE_LINK, CLOCK_RESPONSE_LINK.CLOCK_ID.eq(pcc.getId()))).isEqualTo(1);

        int now = dsl.select(CLOCK.VERSION).from(CLOCK).where(CLOCK.ID.eq(pcc.getId())).fetchSingle(CLOCK.VERSION);
        MvcResult again = api.postJson("/api/v1/clocks/" + pcc.getId() + "/met", api.token("hmicfrs"), null,
                body.formatted(now, LocalDate.now(clock), "https://surrey-pcc.example/response"));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("already met");
        assertThat(dsl.fetchCount(CLOCK_RESPONSE_LINK, CLOCK_RESPONSE_LINK.CLOCK_ID.eq(pcc.getId()))).isEqualTo(1);
    }
}
