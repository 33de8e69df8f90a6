package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.NewUpdate;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.ProgressService;
import org.oversight.base.SubmissionKey;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The plan screen reads updates only when they are opened (decision 0136); the API still answers a plan whole: each
 * action with its updates (newest first) and their count, and the items' own updates, as it did before (the body's
 * item updates are its items' lists only: their counts would say the same twice).
 */
@DatabaseTest
@Transactional
class ApiPlanCarriesItsUpdatesTest {

    @Autowired ApiClient api;
    @Autowired PlanFixtures fx;
    @Autowired ProgressService progress;

    @Test
    void aPlanReadThroughTheApiCarriesEveryUpdateOfItsActionsAndItems() throws Exception {
        PlanFixtures.AcceptedPlan plan = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Audit the call log");
        fx.signIn("surrey");
        progress.postActionUpdate(plan.actionId(), new NewUpdate("First month audited.", 30, null, null, List.of()),
                SubmissionKey.fresh());
        progress.postActionUpdate(plan.actionId(), new NewUpdate("Second month audited.", 60, null, null, List.of()),
                SubmissionKey.fresh());
        progress.postItemUpdate(plan.item(), new NewUpdate("Call handlers briefed.", null, null, null, List.of()),
                SubmissionKey.fresh());
        SignIn.out();

        MvcResult answer = api.get("/api/v1/plans/" + plan.planId(), api.token("surrey"));
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(answer.getResponse().getContentAsString());
        JsonNode action = body.get("actions").valueStream().filter(a -> a.get("id").asLong() == plan.actionId())
                .findFirst().orElseThrow();
        assertThat(action.get("title").asString()).isEqualTo("Audit the call log");
        assertThat(action.get("updateCount").asInt()).isEqualTo(2);
        assertThat(action.get("updates").valueStream().map(u -> u.get("body").asString()).toList())
                .containsExactly("Second month audited.", "First month audited.");
        assertThat(body.get("itemUpdates").get(Long.toString(plan.item())).valueStream()
                .map(u -> u.get("body").asString()).toList()).containsExactly("Call handlers briefed.");
    }
}
