package org.oversight.api;

import static org.oversight.api.ApiMatrix.CALLERS;
import static org.oversight.api.ApiMatrix.expect;
import static org.oversight.api.ApiMatrix.key;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionPlanService;
import org.oversight.actionplan.ActionService;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.FreshItems;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access matrix of the screens (security.AccessMatrixTest) extended to the API: every endpoint × every demo
 * account and a caller without a token, over HTTP with read-write tokens, against a fresh HMICFRS report whose one
 * recommendation went to Surrey Police, with Surrey's draft plan and one action. Out-of-scope ids answer 404, a
 * visible record the role may not change 403, no token 401.
 */
@DatabaseTest
@Transactional
class ApiAccessMatrixTest {

    @Autowired ApiClient api;
    @Autowired FreshItems fresh;
    @Autowired PlanFixtures fx;
    @Autowired ActionPlanService plans;
    @Autowired ActionService actions;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    long report;
    long item;
    long plan;
    long action;
    final Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeEach
    void aSurreyItemWithADraftPlan() {
        SignIn.as(users, "hmicfrs");
        item = fresh.itemFor("SURREY");
        report = api.reportOf(item);
        SignIn.as(users, "surrey");
        plan = plans.startPlan(report);
        action = actions.addAction(plan, new ActionInput("Retrain call handlers", null, "Head of Contact",
                LocalDate.now(clock).plusMonths(2), 0, null, Set.of(item)), SubmissionKey.fresh());
        SignIn.out();
        for (String caller : CALLERS) {
            tokens.put(caller, caller.equals("-") ? null : api.token(caller));
        }
    }

    @Test
    void listsAnswerEverySignedInCallerAndNobodyWithoutAToken() throws Exception {
        expect("GET /api/v1/reports", caller -> get("/api/v1/reports", caller),
                Map.of("admin", 200, "hmicfrs", 200, "iopc", 200, "surrey", 200, "devon", 200, "chief.surrey", 200,
                        "npcc.cse", 200, "-", 401));
        expect("GET /api/v1/recommendations", caller -> get("/api/v1/recommendations", caller),
                Map.of("admin", 200, "hmicfrs", 200, "iopc", 200, "surrey", 200, "devon", 200, "chief.surrey", 200,
                        "npcc.cse", 200, "-", 401));
        expect("GET /api/v1/plans", caller -> get("/api/v1/plans", caller),
                Map.of("admin", 403, "hmicfrs", 403, "iopc", 403, "surrey", 200, "devon", 200, "chief.surrey", 200,
                        "npcc.cse", 200, "-", 401));
    }

    static final Map<String, Integer> SURREYS_READERS = Map.of("admin", 200, "hmicfrs", 200, "iopc", 200, "surrey", 200,
            "devon", 404, "chief.surrey", 200, "npcc.cse", 404, "-", 401);

    @Test
    void surreysRecordsAreReadBySurreyAndTheWatchdogsAndAreNotFoundForOtherForces() throws Exception {
        expect("GET report", caller -> get("/api/v1/reports/" + report, caller), SURREYS_READERS);
        expect("GET recommendation", caller -> get("/api/v1/recommendations/" + item, caller), SURREYS_READERS);
        expect("GET clocks", caller -> get("/api/v1/recommendations/" + item + "/clocks", caller), SURREYS_READERS);
        expect("GET plan", caller -> get("/api/v1/plans/" + plan, caller), SURREYS_READERS);
    }

    @Test
    void onlyWatchdogStaffRecordReportsAndOnlyTheIssuingWatchdogAddsRecommendations() throws Exception {
        expect("POST report", caller -> api.postJson("/api/v1/reports", tokens.get(caller), key(), """
                        {"kind":"INSPECTION","title":"API inspection","reference":"API-%s","publishedOn":"%s","forceIds":[],"themeIds":[]}
                        """.formatted(UUID.randomUUID().toString().substring(0, 8), LocalDate.now(clock).minusDays(3)))
                        .getResponse().getStatus(),
                Map.of("admin", 403, "hmicfrs", 201, "iopc", 201, "surrey", 403, "devon", 403, "chief.surrey", 403,
                        "npcc.cse", 403, "-", 401));
        String recommendation = """
                {"number":"N%s","kind":"RECOMMENDATION","text":"Keep a log.","priority":"HIGH","allForces":false,"recipientIds":[%d]}
                """;
        expect("POST recommendation", caller -> api.postJson("/api/v1/reports/" + report + "/recommendations",
                        tokens.get(caller), key(), recommendation.formatted(UUID.randomUUID().toString().substring(0, 6),
                                fresh.orgId("SURREY"))).getResponse().getStatus(),
                Map.of("admin", 403, "hmicfrs", 201, "iopc", 403, "surrey", 403, "devon", 404, "chief.surrey", 403,
                        "npcc.cse", 404, "-", 401));
    }

    @Test
    void onlySurreysLeadChangesSurreysPlanAndPostsProgress() throws Exception {
        Map<String, Integer> leadOnly = Map.of("admin", 403, "hmicfrs", 403, "iopc", 403, "surrey", 201, "devon", 404,
                "chief.surrey", 403, "npcc.cse", 404, "-", 401);
        expect("POST action", caller -> api.postJson("/api/v1/plans/" + plan + "/actions", tokens.get(caller), key(), """
                {"title":"Audit the log","ownerName":"Head of Contact","dueOn":"%s","progress":0,"answers":[%d]}
                """.formatted(LocalDate.now(clock).plusMonths(3), item)).getResponse().getStatus(), leadOnly);
        expect("POST action update", caller -> multipart("/api/v1/actions/" + action + "/updates", caller,
                Map.of("body", "Half the handlers trained.", "progress", "50")), leadOnly);
        expect("POST item update", caller -> multipart("/api/v1/recommendations/" + item + "/updates", caller,
                Map.of("body", "Training under way.")), leadOnly);
        expect("POST plan", caller -> api.perform(MockMvcRequestBuilders.post("/api/v1/reports/" + report + "/plan")
                        .header("Idempotency-Key", key()), tokens.get(caller)).getResponse().getStatus(),
                Map.of("admin", 403, "hmicfrs", 403, "iopc", 403, "surrey", 201, "devon", 404, "chief.surrey", 403,
                        "npcc.cse", 404, "-", 401));
    }

    int get(String path, String caller) throws Exception {
        return api.get(path, tokens.get(caller)).getResponse().getStatus();
    }

    int multipart(String path, String caller, Map<String, String> fields) throws Exception {
        var request = MockMvcRequestBuilders.multipart(path).file(new MockMultipartFile("files", "plan.pdf",
                "application/pdf", PlanFixtures.smallPdf()));
        fields.forEach(request::param);
        request.param("evidenceDate", LocalDate.now(clock).minusDays(1).toString());
        request.header("Idempotency-Key", key());
        return api.perform(request, tokens.get(caller)).getResponse().getStatus();
    }

}
