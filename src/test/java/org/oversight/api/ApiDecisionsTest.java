package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_EXTENSION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.ActionService;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.PlanStatus;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's write endpoints for the workflow, over HTTP: each allowed to its role (the same service as the button),
 * refused to others with a 403 problem (404 for another force's records), bad input answered 422 with field
 * messages, and a decision on a record changed since it was read refused with 409, never saved over the change.
 */
@DatabaseTest
@Transactional
class ApiDecisionsTest {

    @Autowired ApiClient api;
    @Autowired FreshItems fresh;
    @Autowired PlanFixtures fx;
    @Autowired ActionPlanService plans;
    @Autowired ActionService actions;
    @Autowired UserDetailsService users;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    long item;
    long plan;
    long action;

    @BeforeEach
    void aSurreyItemWithADraftPlanReadyToSubmit() {
        SignIn.as(users, "hmicfrs");
        item = fresh.itemFor("SURREY");
        SignIn.as(users, "surrey");
        plan = plans.startPlan(api.reportOf(item));
        action = actions.addAction(plan, new ActionInput("Retrain call handlers", null, "Head of Contact",
                LocalDate.now(clock).plusMonths(2), 0, null, Set.of(item)), SubmissionKey.fresh());
        plans.saveSummary(plan, "Training for every call handler.", fx.planVersion(plan));
        SignIn.out();
    }

    MvcResult post(String path, String caller, String json) throws Exception {
        return api.postJson(path, api.token(caller), null, json);
    }

    MvcResult patch(String path, String caller, String json) throws Exception {
        return api.perform(MockMvcRequestBuilders.patch(path).contentType(MediaType.APPLICATION_JSON).content(json),
                api.token(caller));
    }

    String version() {
        return "{\"version\":" + fx.planVersion(plan) + "}";
    }

    @Test
    void onlySurreysLeadSubmitsThePlanAndOnlyTheIssuingWatchdogAcceptsIt() throws Exception {
        assertThat(post("/api/v1/plans/" + plan + "/submit", "hmicfrs", version()).getResponse().getStatus()).isEqualTo(403);
        assertThat(post("/api/v1/plans/" + plan + "/submit", "chief.surrey", version()).getResponse().getStatus()).isEqualTo(403);
        assertThat(post("/api/v1/plans/" + plan + "/submit", "devon", version()).getResponse().getStatus()).isEqualTo(404);
        MvcResult submitted = post("/api/v1/plans/" + plan + "/submit", "surrey", version());
        assertThat(submitted.getResponse().getStatus()).isEqualTo(200);
        assertThat(submitted.getResponse().getContentAsString()).contains("\"status\":\"SUBMITTED\"");
        assertThat(fx.planStatus(plan)).isEqualTo(PlanStatus.SUBMITTED);

        MvcResult forbidden = post("/api/v1/plans/" + plan + "/accept", "surrey", version());
        assertThat(forbidden.getResponse().getStatus()).isEqualTo(403);
        assertThat(forbidden.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(post("/api/v1/plans/" + plan + "/accept", "iopc", version()).getResponse().getStatus()).isEqualTo(403);
        assertThat(post("/api/v1/plans/" + plan + "/accept", "hmicfrs", version()).getResponse().getStatus()).isEqualTo(200);
        assertThat(fx.planStatus(plan)).isEqualTo(PlanStatus.ACCEPTED);
        assertThat(fx.itemStatus(item)).isEqualTo(Status.PLAN_ACCEPTED);
    }

    @Test
    void returningWithoutReasonsIsA422WithTheFieldAndAStaleVersionA409() throws Exception {
        post("/api/v1/plans/" + plan + "/submit", "surrey", version());

        MvcResult noReason = post("/api/v1/plans/" + plan + "/return", "hmicfrs", version());
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(noReason.getResponse().getContentAsString()).contains("\"reason\":\"Say what must change");

        MvcResult noVersion = post("/api/v1/plans/" + plan + "/return", "hmicfrs", "{\"reason\":\"Add dates.\"}");
        assertThat(noVersion.getResponse().getStatus()).isEqualTo(422);
        assertThat(noVersion.getResponse().getContentAsString()).contains("\"version\":");

        String stale = "{\"version\":" + (fx.planVersion(plan) - 1) + ",\"reason\":\"Add dates.\"}";
        assertThat(post("/api/v1/plans/" + plan + "/return", "hmicfrs", stale).getResponse().getStatus()).isEqualTo(409);
        assertThat(fx.planStatus(plan)).isEqualTo(PlanStatus.SUBMITTED);

        String good = "{\"version\":" + fx.planVersion(plan) + ",\"reason\":\"Add dates.\"}";
        assertThat(post("/api/v1/plans/" + plan + "/return", "hmicfrs", good).getResponse().getStatus()).isEqualTo(200);
        assertThat(fx.planStatus(plan)).isEqualTo(PlanStatus.RETURNED);
    }

    @Test
    void patchingAnActionChangesOnlyTheFieldsSentAndAStaleEditIsRefusedWithoutLosingTheFirst() throws Exception {
        int v = fx.actionRow(action).getVersion();
        MvcResult edited = patch("/api/v1/actions/" + action, "surrey", "{\"version\":" + v + ",\"title\":\"Retrain every handler\"}");
        assertThat(edited.getResponse().getStatus()).isEqualTo(200);
        assertThat(fx.actionRow(action).getTitle()).isEqualTo("Retrain every handler");
        assertThat(fx.actionRow(action).getOwnerName()).as("not sent, kept").isEqualTo("Head of Contact");
        assertThat(edited.getResponse().getContentAsString()).as("the action as saved")
                .contains("\"title\":\"Retrain every handler\"", "\"ownerName\":\"Head of Contact\"",
                        "\"version\":" + fx.actionRow(action).getVersion());

        MvcResult stale = patch("/api/v1/actions/" + action, "surrey", "{\"version\":" + v + ",\"title\":\"Older edit\"}");
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("changed-by-someone-else");
        assertThat(fx.actionRow(action).getTitle()).isEqualTo("Retrain every handler");

        int now = fx.actionRow(action).getVersion();
        MvcResult blank = patch("/api/v1/actions/" + action, "surrey", "{\"version\":" + now + ",\"title\":\"\\u200B \"}");
        assertThat(blank.getResponse().getStatus()).isEqualTo(422);
        assertThat(blank.getResponse().getContentAsString()).contains("\"title\":\"Give the action a short title.\"");
        assertThat(patch("/api/v1/actions/" + action, "hmicfrs", "{\"version\":" + now + ",\"title\":\"X\"}")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(patch("/api/v1/actions/" + action, "devon", "{\"version\":" + now + ",\"title\":\"X\"}")
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theIssuingWatchdogMovesARecommendationsStatusAndTheForceCannot() throws Exception {
        String close = "{\"transition\":\"CLOSE_NO_FURTHER_ACTION\",\"version\":%d,\"reason\":\"%s\"}";
        assertThat(api.get("/api/v1/recommendations/" + item + "/transitions", api.token("hmicfrs")).getResponse()
                .getContentAsString()).contains("CLOSE_NO_FURTHER_ACTION").doesNotContain("SUBMIT_PLAN");

        MvcResult byForce = post("/api/v1/recommendations/" + item + "/transitions", "surrey",
                close.formatted(fresh.versionOf(item), "Done."));
        assertThat(byForce.getResponse().getStatus()).isEqualTo(403);
        MvcResult noReason = post("/api/v1/recommendations/" + item + "/transitions", "hmicfrs",
                close.formatted(fresh.versionOf(item), ""));
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        MvcResult unknown = post("/api/v1/recommendations/" + item + "/transitions", "hmicfrs",
                "{\"transition\":\"SUBMIT_PLAN\",\"version\":" + fresh.versionOf(item) + "}");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);

        MvcResult closed = post("/api/v1/recommendations/" + item + "/transitions", "hmicfrs",
                close.formatted(fresh.versionOf(item), "Superseded by the national review."));
        assertThat(closed.getResponse().getStatus()).isEqualTo(200);
        assertThat(fresh.statusOf(item)).isEqualTo(Status.NO_FURTHER_ACTION);
    }

    @Test
    void onlyTheIssuingWatchdogExtendsAClock() throws Exception {
        var clockRow = dsl.selectFrom(CLOCK).where(CLOCK.TRACKED_RECOMMENDATION_ID.eq(item)).orderBy(CLOCK.ID).limit(1).fetchSingle();
        String body = "{\"version\":%d,\"receivedOn\":\"%s\",\"newDueOn\":\"%s\",\"reason\":\"%s\"}";
        String good = body.formatted(clockRow.getVersion(), LocalDate.now(clock), LocalDate.now(clock).plusMonths(9),
                "The force asked for time to consult.");

        assertThat(post("/api/v1/clocks/" + clockRow.getId() + "/extensions", "surrey", good).getResponse().getStatus()).isEqualTo(403);
        MvcResult noReason = post("/api/v1/clocks/" + clockRow.getId() + "/extensions", "hmicfrs",
                body.formatted(clockRow.getVersion(), LocalDate.now(clock), LocalDate.now(clock).plusMonths(9), " "));
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(noReason.getResponse().getContentAsString()).contains("\"reason\":");

        assertThat(post("/api/v1/clocks/" + clockRow.getId() + "/extensions", "hmicfrs", good).getResponse().getStatus()).isEqualTo(204);
        assertThat(dsl.fetchCount(CLOCK_EXTENSION, CLOCK_EXTENSION.CLOCK_ID.eq(clockRow.getId()))).isEqualTo(1);
        assertThat(dsl.select(CLOCK.VERSION).from(CLOCK).where(CLOCK.ID.eq(clockRow.getId())).fetchSingle(CLOCK.VERSION))
                .as("the clock's version moves on, so an extension sent with the old one is refused").isGreaterThan(clockRow.getVersion());
    }
}
