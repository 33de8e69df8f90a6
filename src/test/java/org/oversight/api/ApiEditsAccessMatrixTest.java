package org.oversight.api;

import static org.oversight.api.ApiMatrix.expect;
import static org.oversight.api.ApiMatrix.statuses;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.deadline.ClockRule;
import org.oversight.recommendation.FreshItems;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API access matrix for edits and decisions: every such endpoint × every demo account and a caller without a
 * token, over HTTP with read-write tokens, against a fresh HMICFRS inspection of Surrey Police (so it has a
 * commissioner's clock) with one recommendation to Surrey, Surrey's draft plan and one action. Surrey's records are
 * not found (404) by Devon and the NPCC lead, who cannot see them; refused (403) to those who can see them but may
 * not change them; no token is 401. Each call sends the record's version as it is just before the call.
 */
@DatabaseTest
@Transactional
class ApiEditsAccessMatrixTest {

    /** Only the issuing watchdog's staff (HMICFRS). */
    static final Map<String, Integer> HMICFRS_ONLY = statuses(403, 200, 403, 403, 404, 403, 404, 401);
    /** Only Surrey's lead. */
    static final Map<String, Integer> SURREY_LEAD_ONLY = statuses(403, 403, 403, 200, 404, 403, 404, 401);

    @Autowired ApiClient api;
    @Autowired ApiFixtures fixtures;
    @Autowired FreshItems fresh;
    @Autowired PlanFixtures fx;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    ApiFixtures.Inspection made;
    long report;
    long item;
    long plan;
    long commissionersClock;
    long responseClock;
    final Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeEach
    void aSurreyInspectionWithADraftPlan() {
        made = fixtures.surreyInspectionWithADraftPlan();
        report = made.report();
        item = made.item();
        plan = made.plan();
        commissionersClock = clockOf(CLOCK.RULE.eq(ClockRule.PCC_RESPONSE).and(CLOCK.REPORT_ID.eq(report)));
        responseClock = clockOf(CLOCK.TRACKED_RECOMMENDATION_ID.eq(item));
        for (String caller : ApiMatrix.CALLERS) {
            tokens.put(caller, caller.equals("-") ? null : api.token(caller));
        }
    }

    long clockOf(org.jooq.Condition which) {
        return dsl.select(CLOCK.ID).from(CLOCK).where(which).orderBy(CLOCK.ID).limit(1).fetchSingle(CLOCK.ID);
    }

    int version(org.jooq.Table<?> table, long id) {
        return dsl.select(table.field("VERSION", Integer.class)).from(table)
                .where(table.field("ID", Long.class).eq(id)).fetchSingle().value1();
    }

    int patch(String path, String caller, String json) throws Exception {
        return api.perform(MockMvcRequestBuilders.patch(path).contentType(MediaType.APPLICATION_JSON).content(json),
                tokens.get(caller)).getResponse().getStatus();
    }

    int post(String path, String caller, String json) throws Exception {
        return api.postJson(path, tokens.get(caller), null, json).getResponse().getStatus();
    }

    @Test
    void onlyTheIssuingWatchdogCorrectsAReportAndItsRecommendations() throws Exception {
        expect("PATCH report", caller -> patch("/api/v1/reports/" + report, caller,
                "{\"version\":" + version(REPORT, report) + ",\"title\":\"Corrected by " + caller + "\"}"), HMICFRS_ONLY);
        expect("PATCH recommendation", caller -> patch("/api/v1/reports/" + report + "/recommendations/" + made.recommendation(),
                caller, "{\"version\":" + version(RECOMMENDATION, made.recommendation()) + ",\"text\":\"Corrected by " + caller + ".\"}"),
                HMICFRS_ONLY);
    }

    @Test
    void onlySurreysLeadEditsThePlansSummaryAndRemovesItsActions() throws Exception {
        expect("PATCH plan", caller -> patch("/api/v1/plans/" + plan, caller,
                "{\"version\":" + fx.planVersion(plan) + ",\"summary\":\"Written by " + caller + ".\"}"), SURREY_LEAD_ONLY);
        Map<String, Integer> deleted = new LinkedHashMap<>(SURREY_LEAD_ONLY);
        deleted.put("surrey", 204);
        expect("DELETE action", caller -> {
            long action = fixtures.newActionAsSurrey(plan, item);
            return api.perform(MockMvcRequestBuilders.delete("/api/v1/actions/" + action + "?version=" + version(ACTION, action)),
                    tokens.get(caller)).getResponse().getStatus();
        }, deleted);
    }

    @Test
    void theCommissionersResponseIsRecordedByTheIssuingWatchdogOrTheForcesLead() throws Exception {
        expect("POST clock met", caller -> {
            int status = post("/api/v1/clocks/" + commissionersClock + "/met", caller,
                    "{\"version\":" + version(CLOCK, commissionersClock) + ",\"metOn\":\"" + LocalDate.now(clock) + "\"}");
            dsl.update(CLOCK).setNull(CLOCK.MET_ON).where(CLOCK.ID.eq(commissionersClock)).execute(); // for the next caller
            return status;
        }, statuses(403, 204, 403, 204, 404, 403, 404, 401));
    }

    @Test
    void onlyTheIssuingWatchdogExtendsOrPausesAClockOrMovesAStatus() throws Exception {
        Map<String, Integer> done = statuses(403, 204, 403, 403, 404, 403, 404, 401);
        expect("POST extension", caller -> post("/api/v1/clocks/" + responseClock + "/extensions", caller,
                "{\"version\":%d,\"receivedOn\":\"%s\",\"newDueOn\":\"%s\",\"reason\":\"Asked for time.\"}".formatted(
                        version(CLOCK, responseClock), LocalDate.now(clock), LocalDate.now(clock).plusMonths(9))), done);
        expect("POST pause", caller -> post("/api/v1/clocks/" + responseClock + "/pauses", caller,
                "{\"version\":%d,\"from\":\"%s\",\"reason\":\"Judicial review under way.\"}".formatted(
                        version(CLOCK, responseClock), LocalDate.now(clock).minusDays(3))), done);
        expect("POST pause end", caller -> post("/api/v1/clocks/" + responseClock + "/pause-end", caller,
                "{\"version\":%d,\"lastPausedDay\":\"%s\"}".formatted(version(CLOCK, responseClock),
                        LocalDate.now(clock).minusDays(1))), done);
        expect("GET transitions", caller -> api.get("/api/v1/recommendations/" + item + "/transitions", tokens.get(caller))
                .getResponse().getStatus(), ApiAccessMatrixTest.SURREYS_READERS);
        expect("POST transition", caller -> post("/api/v1/recommendations/" + item + "/transitions", caller,
                "{\"transition\":\"CLOSE_NO_FURTHER_ACTION\",\"version\":" + fresh.versionOf(item) + ",\"reason\":\"Overtaken.\"}"),
                HMICFRS_ONLY);
    }

    @Test
    void onlySurreysLeadSubmitsAndOnlyTheIssuingWatchdogDecides() throws Exception {
        expect("POST submit", caller -> post("/api/v1/plans/" + plan + "/submit", caller,
                "{\"version\":" + fx.planVersion(plan) + "}"), SURREY_LEAD_ONLY);
        expect("POST return", caller -> post("/api/v1/plans/" + plan + "/return", caller,
                "{\"version\":" + fx.planVersion(plan) + ",\"reason\":\"Add dates.\"}"), HMICFRS_ONLY);
        long action = made.action();
        expect("PATCH action", caller -> patch("/api/v1/actions/" + action, caller,
                "{\"version\":" + version(ACTION, action) + ",\"title\":\"Retrain every handler\"}"), SURREY_LEAD_ONLY);
        expect("POST submit again", caller -> post("/api/v1/plans/" + plan + "/submit", caller,
                "{\"version\":" + fx.planVersion(plan) + "}"), SURREY_LEAD_ONLY);
        expect("POST accept", caller -> post("/api/v1/plans/" + plan + "/accept", caller,
                "{\"version\":" + fx.planVersion(plan) + "}"), HMICFRS_ONLY);
    }
}
