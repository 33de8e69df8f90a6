package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.REPORT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.PlanFixtures;
import org.oversight.recommendation.FreshItems;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/** A retried POST creates once; bad input, conflicts and oversized bodies answer problem details; cursors walk a list. */
@DatabaseTest
@Transactional
class ApiIdempotencyAndProblemsTest {

    static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    @Autowired ApiClient api;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;
    @Autowired FreshItems fresh;
    @Autowired UserDetailsService users;

    String report(String reference) {
        return """
                {"kind":"INSPECTION","title":"Retried inspection","reference":"%s","publishedOn":"%s","forceIds":[],"themeIds":[]}
                """.formatted(reference, LocalDate.now(clock).minusDays(2));
    }

    int reportsCalled(String reference) {
        return dsl.fetchCount(REPORT, REPORT.REFERENCE.eq(reference));
    }

    @Test
    void aRetriedPostWithTheSameKeyAnswersTheFirstReportAndCreatesNothingMore() throws Exception {
        String token = api.token("hmicfrs");
        String key = UUID.randomUUID().toString();

        MvcResult first = api.postJson("/api/v1/reports", token, key, report("RETRY-1"));
        MvcResult retry = api.postJson("/api/v1/reports", token, key, report("RETRY-1"));

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(idOf(retry)).isEqualTo(idOf(first));
        assertThat(reportsCalled("RETRY-1")).isEqualTo(1);

        MvcResult another = api.postJson("/api/v1/reports", token, UUID.randomUUID().toString(), report("RETRY-2"));
        assertThat(another.getResponse().getStatus()).isEqualTo(201);
        assertThat(idOf(another)).isNotEqualTo(idOf(first));
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedWith422AndCreatesNothing() throws Exception {
        String token = api.token("hmicfrs");
        String key = UUID.randomUUID().toString();
        MvcResult first = api.postJson("/api/v1/reports", token, key, report("REUSED-1"));

        MvcResult reused = api.postJson("/api/v1/reports", token, key, report("REUSED-2"));

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(reused.getResponse().getStatus()).isEqualTo(422);
        assertThat(reused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(reused.getResponse().getContentAsString()).contains("idempotency-key-reused")
                .contains("already used for a request with a different body");
        assertThat(reportsCalled("REUSED-2")).isZero();
        MvcResult retry = api.postJson("/api/v1/reports", token, key, report("REUSED-1"));
        assertThat(retry.getResponse().getStatus()).as("the same body still gets the first answer").isEqualTo(201);
        assertThat(idOf(retry)).isEqualTo(idOf(first));
    }

    @Test
    void theSameKeyFromAnotherAccountIsAnotherRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        MvcResult hmicfrs = api.postJson("/api/v1/reports", api.token("hmicfrs"), key, report("SAME-KEY-H"));
        MvcResult iopc = api.postJson("/api/v1/reports", api.token("iopc"), key, report("SAME-KEY-I"));

        assertThat(idOf(iopc)).isNotEqualTo(idOf(hmicfrs));
        assertThat(reportsCalled("SAME-KEY-I")).isEqualTo(1);
    }

    @Test
    void aPostWithoutAnIdempotencyKeyIsRefusedAndSavesNothing() throws Exception {
        MvcResult result = api.postJson("/api/v1/reports", api.token("hmicfrs"), null, report("NO-KEY"));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("Idempotency-Key");
        assertThat(reportsCalled("NO-KEY")).isZero();
    }

    @Test
    void invalidInputAnswers422WithAMessagePerField() throws Exception {
        MvcResult result = api.postJson("/api/v1/reports", api.token("hmicfrs"), UUID.randomUUID().toString(), """
                {"kind":"INSPECTION","title":"   ","reference":"BAD-1","publishedOn":"2999-01-01"}
                """);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        String body = result.getResponse().getContentAsString();
        assertThat(body).contains("\"errors\":{").contains("\"title\":").contains("\"publishedOn\":")
                .contains("\"type\":\"https://oversight-tracker.example/problems/invalid-input\"");
        assertThat(reportsCalled("BAD-1")).isZero();
    }

    @Test
    void bodiesThatAreNotJsonOrTooLargeAreRefused() throws Exception {
        String token = api.token("hmicfrs");
        MvcResult broken = api.postJson("/api/v1/reports", token, UUID.randomUUID().toString(), "{\"kind\":");
        assertThat(broken.getResponse().getStatus()).isEqualTo(400);
        assertThat(broken.getResponse().getContentAsString()).contains("not JSON of the expected shape");

        String huge = "{\"title\":\"" + "x".repeat(300 * 1024) + "\"}";
        MvcResult tooLarge = api.postJson("/api/v1/reports", token, UUID.randomUUID().toString(), huge);
        assertThat(tooLarge.getResponse().getStatus()).isEqualTo(413);
        assertThat(tooLarge.getResponse().getContentAsString()).contains("too large").contains("256 KB");
    }

    @Test
    void aListFilterNamingAThemeOrForceThatIsNotKnownIsRefusedAsTheScreenLeavesItOut() throws Exception {
        String token = api.token("hmicfrs");
        MvcResult unknown = api.get("/api/v1/recommendations?theme=cyber&force=SURREY", token);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(unknown.getResponse().getContentAsString())
                .contains("The link's theme \\\"CYBER\\\" is not known, so it was left out.");
        assertThat(api.get("/api/v1/recommendations?theme=cybercrime&force=surrey", token).getResponse().getStatus())
                .as("known codes, in any case").isEqualTo(200);
    }

    @Test
    void aFieldThatCannotBeReadIsNamedWithWhatToSend() throws Exception {
        String token = api.token("hmicfrs");
        MvcResult badKind = api.postJson("/api/v1/reports", token, UUID.randomUUID().toString(),
                report("BAD-KIND").replace("\"INSPECTION\"", "\"REVIEW\""));
        assertThat(badKind.getResponse().getStatus()).isEqualTo(400);
        assertThat(badKind.getResponse().getContentAsString()).contains("\"errors\":{\"kind\":\"Send one of INSPECTION,");
        MvcResult badDate = api.postJson("/api/v1/reports", token, UUID.randomUUID().toString(),
                report("BAD-DATE").replaceAll("\"publishedOn\":\"[^\"]+\"", "\"publishedOn\":\"31/02/2026\""));
        assertThat(badDate.getResponse().getContentAsString()).contains("\"publishedOn\":\"Send a date in the form 2026-03-31.\"");
        assertThat(reportsCalled("BAD-KIND") + reportsCalled("BAD-DATE")).isZero();
    }

    @Test
    void oversizedBodiesOnAPatchAndOnAnUploadAre413BeforeAnythingIsRead() throws Exception {
        SignIn.as(users, "hmicfrs");
        long item = fresh.itemFor("SURREY");
        SignIn.out();
        long report = api.reportOf(item);
        MvcResult patch = api.perform(MockMvcRequestBuilders.patch("/api/v1/reports/" + report)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"summary\":\"" + "x".repeat(300 * 1024) + "\"}"), api.token("hmicfrs"));
        assertThat(patch.getResponse().getStatus()).isEqualTo(413);
        assertThat(patch.getResponse().getContentType()).startsWith("application/problem+json");

        // a client declares the length of what it sends (Content-Length); MockMvc takes it from the body it is given
        var upload = MockMvcRequestBuilders.multipart("/api/v1/recommendations/" + item + "/updates")
                .param("body", "Minutes attached.").header("Idempotency-Key", UUID.randomUUID().toString())
                .with(request -> {
                    request.setContent(new byte[27 * 1024 * 1024]);
                    return request;
                });
        MvcResult tooLarge = api.perform(upload, api.token("surrey"));
        assertThat(tooLarge.getResponse().getStatus()).isEqualTo(413);
        assertThat(tooLarge.getResponse().getContentAsString()).contains("the most this address accepts is 26.0 MB");
        assertThat(dsl.fetchCount(org.oversight.db.Tables.PROGRESS_UPDATE,
                org.oversight.db.Tables.PROGRESS_UPDATE.TRACKED_RECOMMENDATION_ID.eq(item))).isZero();
    }

    @Test
    void aCompletionClaimOnAnOldVersionIsAConflictThatNamesTheProblem() throws Exception {
        SignIn.as(users, "hmicfrs");
        long item = fresh.itemFor("SURREY");
        SignIn.out();
        var request = MockMvcRequestBuilders.multipart("/api/v1/recommendations/" + item + "/completion-claims")
                .param("summary", "Done.").param("version", "9999").header("Idempotency-Key", UUID.randomUUID().toString());

        MvcResult result = api.perform(request, api.token("surrey"));

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void evidenceIsCheckedByContentAsOnTheScreens() throws Exception {
        SignIn.as(users, "hmicfrs");
        long item = fresh.itemFor("SURREY");
        SignIn.out();
        var request = MockMvcRequestBuilders.multipart("/api/v1/recommendations/" + item + "/updates")
                .file(new MockMultipartFile("files", "minutes.pdf", "application/pdf", PlanFixtures.windowsExecutable()))
                .param("body", "Minutes attached.").param("evidenceDate", LocalDate.now(clock).toString())
                .header("Idempotency-Key", UUID.randomUUID().toString());

        MvcResult result = api.perform(request, api.token("surrey"));

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("\"files\":");
    }

    @Test
    void cursorsWalkTheWholeListOnceWithoutRepeats() throws Exception {
        String token = api.token("hmicfrs");
        int total = 0;
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            MvcResult page = api.get("/api/v1/reports?limit=7" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.getResponse().getStatus()).isEqualTo(200);
            String body = page.getResponse().getContentAsString();
            Matcher ids = Pattern.compile("\\{\"id\":(\\d+),\"reference\"").matcher(body);
            while (ids.find()) {
                assertThat(seen.add(ids.group(1))).as("report %s on two pages", ids.group(1)).isTrue();
                total++;
            }
            Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
            cursor = next.find() ? next.group(1) : null;
            pages++;
        } while (cursor != null && pages < 100);

        assertThat(total).isEqualTo(dsl.fetchCount(REPORT)).isGreaterThan(7);
        assertThat(api.get("/api/v1/reports?cursor=nonsense", token).getResponse().getStatus()).isEqualTo(422);
        assertThat(api.get("/api/v1/reports?limit=5000", token).getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        MvcResult result = api.get("/api/v1/recommendations/987654321", api.token("admin"));
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("There is no recommendation 987654321 that you can see.");
    }

    static String idOf(MvcResult result) throws Exception {
        Matcher m = ID.matcher(result.getResponse().getContentAsString());
        assertThat(m.find()).as(result.getResponse().getContentAsString()).isTrue();
        return m.group(1);
    }
}
