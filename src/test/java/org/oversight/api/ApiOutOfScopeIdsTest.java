package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.api.ApiMatrix.expect;
import static org.oversight.api.ApiMatrix.statuses;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.DUE_DATE_REVISION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionService;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.DueDateService;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.actionplan.RevisionStatus;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every API address that names a record, for each kind of id (report, a report's recommendation, tracked
 * recommendation, plan, action, date revision, clock): another force's record answers 404 with the same words as one
 * that does not exist, never 403, so that the API does not tell another force what exists. A record the caller can
 * see but may not change is 403 (decision 0053).
 */
@DatabaseTest
@Transactional
class ApiOutOfScopeIdsTest {

    static final long MISSING = 987_654_321L;

    @Autowired ApiClient api;
    @Autowired PlanFixtures fx;
    @Autowired DueDateService dueDates;
    @Autowired ActionService actions;
    @Autowired UserDetailsService users;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    long report;
    long recommendation;
    long item;
    long plan;
    long action;
    long revision;
    long clockId;

    /** Surrey's accepted plan on a fresh HMICFRS item, its action's due date moved past the agreed one (waiting for HMICFRS). */
    @BeforeEach
    void surreysAcceptedPlanWithARevisionWaiting() {
        PlanFixtures.AcceptedPlan accepted = fx.acceptedPlanOnAFreshItem("surrey", "SURREY", "Retrain call handlers");
        item = accepted.item();
        plan = accepted.planId();
        action = accepted.actionId();
        report = api.reportOf(item);
        recommendation = dsl.select(TRACKED_RECOMMENDATION.RECOMMENDATION_ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(item)).fetchSingle(TRACKED_RECOMMENDATION.RECOMMENDATION_ID);
        var row = fx.actionRow(action);
        assertThat(dueDates.revise(action, row.getDueOn().plusMonths(2), "The supplier is late.", row.getVersion()))
                .isEqualTo(RevisionStatus.PENDING);
        revision = dsl.select(DUE_DATE_REVISION.ID).from(DUE_DATE_REVISION).where(DUE_DATE_REVISION.ACTION_ID.eq(action))
                .fetchSingle(DUE_DATE_REVISION.ID);
        clockId = dsl.select(CLOCK.ID).from(CLOCK).where(CLOCK.TRACKED_RECOMMENDATION_ID.eq(item)).orderBy(CLOCK.ID).limit(1)
                .fetchSingle(CLOCK.ID);
        SignIn.out();
    }

    /** One address: its method, its path with the ids filled in, and whether it takes a multipart body. */
    record Address(String method, String path, boolean multipart) {
        AbstractMockHttpServletRequestBuilder<?> request() {
            if (multipart) {
                return MockMvcRequestBuilders.multipart(path).param("body", "Progress.").param("summary", "Done.")
                        .param("version", "0").header("Idempotency-Key", ApiMatrix.key());
            }
            var r = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path)
                    .header("Idempotency-Key", ApiMatrix.key());
            return method.equals("GET") || method.equals("DELETE") ? r
                    : r.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"x\",\"note\":\"x\",\"allForces\":false}");
        }
    }

    /** Every address naming a record, with the ids given (one of them, in turn, another force's or a missing one). */
    static List<Address> addresses(long report, long recommendation, long item, long plan, long action, long revision,
                                   long clock) {
        return List.of(
                new Address("GET", "/api/v1/reports/" + report, false),
                new Address("PATCH", "/api/v1/reports/" + report, false),
                new Address("POST", "/api/v1/reports/" + report + "/recommendations", false),
                new Address("POST", "/api/v1/reports/" + report + "/plan", false),
                new Address("PATCH", "/api/v1/reports/" + report + "/recommendations/" + recommendation, false),
                new Address("GET", "/api/v1/recommendations/" + item, false),
                new Address("GET", "/api/v1/recommendations/" + item + "/clocks", false),
                new Address("GET", "/api/v1/recommendations/" + item + "/transitions", false),
                new Address("POST", "/api/v1/recommendations/" + item + "/transitions", false),
                new Address("POST", "/api/v1/recommendations/" + item + "/updates", true),
                new Address("POST", "/api/v1/recommendations/" + item + "/completion-claims", true),
                new Address("GET", "/api/v1/plans/" + plan, false),
                new Address("PATCH", "/api/v1/plans/" + plan, false),
                new Address("POST", "/api/v1/plans/" + plan + "/actions", false),
                new Address("POST", "/api/v1/plans/" + plan + "/submit", false),
                new Address("POST", "/api/v1/plans/" + plan + "/accept", false),
                new Address("POST", "/api/v1/plans/" + plan + "/return", false),
                new Address("PATCH", "/api/v1/actions/" + action, false),
                new Address("DELETE", "/api/v1/actions/" + action + "?version=0", false),
                new Address("POST", "/api/v1/actions/" + action + "/updates", true),
                new Address("POST", "/api/v1/actions/" + action + "/date-revisions", false),
                new Address("POST", "/api/v1/date-revisions/" + revision + "/approve", false),
                new Address("POST", "/api/v1/date-revisions/" + revision + "/refuse", false),
                new Address("POST", "/api/v1/clocks/" + clock + "/extensions", false),
                new Address("POST", "/api/v1/clocks/" + clock + "/pauses", false),
                new Address("POST", "/api/v1/clocks/" + clock + "/pause-end", false),
                new Address("POST", "/api/v1/clocks/" + clock + "/met", false));
    }

    /** The addresses whose status is not 404 with a "that you can see" problem, as "METHOD path: status". */
    List<String> notFoundMisses(List<Address> addresses, String caller) throws Exception {
        String token = api.token(caller);
        List<String> misses = new ArrayList<>();
        for (Address a : addresses) {
            MvcResult r = api.perform(a.request(), token);
            String body = r.getResponse().getContentAsString();
            if (r.getResponse().getStatus() != 404 || !body.contains("that you can see")) {
                misses.add(a.method() + " " + a.path() + ": " + r.getResponse().getStatus() + " " + body);
            }
        }
        return misses;
    }

    @Test
    void everyAddressNamingSurreysRecordsIsNotFoundForAnotherForceAndTheNpccLead() throws Exception {
        List<Address> all = addresses(report, recommendation, item, plan, action, revision, clockId);
        assertThat(all).hasSize(27);
        assertThat(notFoundMisses(all, "devon")).isEmpty();
        assertThat(notFoundMisses(all, "npcc.cse")).isEmpty();
    }

    @Test
    void eachKindOfIdThatDoesNotExistIsNotFoundAlikeForWatchdogAndForce() throws Exception {
        List<Address> missing = new ArrayList<>();
        missing.addAll(addresses(MISSING, recommendation, MISSING, MISSING, MISSING, MISSING, MISSING));
        missing.add(new Address("PATCH", "/api/v1/reports/" + report + "/recommendations/" + MISSING, false));
        for (String caller : List.of("hmicfrs", "surrey", "admin")) {
            assertThat(notFoundMisses(missing, caller)).as(caller).isEmpty();
        }
    }

    @Test
    void aRevisionIsDecidedByTheIssuingWatchdogAloneAndIsNotFoundForOtherForces() throws Exception {
        Map<String, Integer> expected = statuses(403, 200, 403, 403, 404, 403, 404, 401);
        expect("POST approve", caller -> api.postJson("/api/v1/date-revisions/" + revision + "/approve",
                token(caller), null, "{}").getResponse().getStatus(), expected);
        assertThat(fx.actionRow(action).getDueOn()).as("approved: the date moved")
                .isEqualTo(dsl.select(DUE_DATE_REVISION.TO_DUE_ON).from(DUE_DATE_REVISION)
                        .where(DUE_DATE_REVISION.ID.eq(revision)).fetchSingle(DUE_DATE_REVISION.TO_DUE_ON));
    }

    @Test
    void theIssuingWatchdogAloneRefusesARevisionAndSurreysLeadAloneAsksForAnother() throws Exception {
        expect("POST refuse", caller -> api.postJson("/api/v1/date-revisions/" + revision + "/refuse", token(caller), null,
                "{\"note\":\"Keep the agreed date.\"}").getResponse().getStatus(), statuses(403, 200, 403, 403, 404, 403, 404, 401));
        expect("POST date revision", caller -> api.postJson("/api/v1/actions/" + action + "/date-revisions", token(caller), null,
                "{\"version\":%d,\"dueOn\":\"%s\",\"reason\":\"The supplier is later still.\"}".formatted(
                        fx.actionRow(action).getVersion(), fx.actionRow(action).getDueOn().plusMonths(3)))
                .getResponse().getStatus(), statuses(403, 403, 403, 200, 404, 403, 404, 401));
    }

    @Test
    void surreysLeadAloneClaimsCompletion() throws Exception {
        fx.signIn("surrey");
        var row = fx.actionRow(action);
        actions.editAction(action, new ActionInput(row.getTitle(), row.getDescription(), row.getOwnerName(), row.getDueOn(),
                100, ActionStatus.DONE, Set.of(item)), row.getVersion());
        SignIn.out();

        expect("POST completion claim", caller -> api.perform(MockMvcRequestBuilders.multipart("/api/v1/recommendations/"
                        + item + "/completion-claims").file(new MockMultipartFile("files", "audit.pdf", "application/pdf",
                        PlanFixtures.smallPdf())).param("summary", "Every handler retrained.")
                        .param("version", String.valueOf(fx.itemRow(item).getVersion()))
                        .param("evidenceDate", LocalDate.now(clock).toString()).header("Idempotency-Key", ApiMatrix.key()),
                token(caller)).getResponse().getStatus(), statuses(403, 403, 403, 201, 404, 403, 404, 401));
        assertThat(fx.itemStatus(item)).isEqualTo(Status.REPORTED_COMPLETE);
    }

    String token(String caller) {
        return caller.equals("-") ? null : api.token(caller);
    }
}
