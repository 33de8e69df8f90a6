package org.oversight.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.PUBLICATION_DECISION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.RecommendationWorkflow;
import org.oversight.recommendation.Status;
import org.oversight.recommendation.Transition;
import org.oversight.testsupport.HttpBrowser;
import org.oversight.testsupport.OwnDatabase;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * A reader, a journalist's script and a researcher use the public register over HTTP without signing in: every
 * page and API answer, with the demo's withheld passages in none of them, no session cookie ever, 404 for anything
 * not published, junk filters ignored with a notice, answers cacheable, and the OpenAPI document valid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oversight.public.requests-per-minute=100000")
@ActiveProfiles("test")
@Tag("database")
@OwnDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderUsesThePublicRegisterOverHttpTest {

    /** Withheld by the demo (DemoPublication): a passage of a recommendation and one of Surrey's response. */
    static final List<String> WITHHELD = List.of("on a person named in a report of grooming",
            "after the force's own internal investigation", "after the force&#39;s own internal investigation");

    @LocalServerPort int port;
    @Autowired DSLContext dsl;
    @Autowired ApplicationEventPublisher events;
    @Autowired java.time.Clock clock;
    @Autowired RecommendationWorkflow workflow;
    @Autowired UserDetailsService users;

    final HttpBrowser browser = new HttpBrowser(() -> port);

    @Test
    void everyPublicPageAndAnswerIsServedWithoutSignInAndWithoutASession() throws Exception {
        long breck = reportId("IPCC-2015-001");
        List<String> paths = new ArrayList<>(List.of("/public", "/public?size=100", "/public/reports/" + breck,
                "/public/watchdogs/IOPC", "/public/watchdogs/HMICFRS", "/public/forces/SURREY",
                "/public/accessibility", "/public/privacy", "/public/open-data", "/public/register.csv",
                "/public/register.json", "/public/api/v1/recommendations?size=100", "/public/api/v1/reports/" + breck,
                "/public/?q=grooming", "/v3/api-docs/public"));
        for (long item : itemsOf(breck)) {
            paths.add("/public/recommendations/" + item);
            paths.add("/public/api/v1/recommendations/" + item);
        }
        for (String path : paths) {
            HttpResponse<String> r = browser.get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as("no cookie from " + path).isEmpty();
            for (String secret : WITHHELD) {
                assertThat(r.body()).as(path + " never shows what is withheld").doesNotContain(secret);
            }
        }
    }

    @Test
    void thePagesStylesheetsAreTheRegistersOwnAndNameNoFontFile() throws Exception {
        String page = browser.get("/public?force=SURREY&status=NOPE", null).body();
        List<String> sheets = java.util.regex.Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"")
                .matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(sheets).containsExactly("/public/assets/govuk-frontend.min.css", "/public/assets/public.css");
        HttpResponse<String> govuk = browser.get(sheets.get(0), null);
        assertThat(govuk.statusCode()).isEqualTo(200);
        assertThat(govuk.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(govuk.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(govuk.body()).as("GOV.UK Frontend's rules, without its typeface's files")
                .contains(".govuk-error-summary__list a{", ".govuk-header{").doesNotContain("@font-face", "/assets/fonts/")
                .doesNotContain("sourceMappingURL");
        assertThat(browser.get(sheets.get(1), null).body()).contains("font-family: system-ui").doesNotContain("@font-face");
    }

    @Test
    void theWithheldPassageReadsAsItsGroundAndSearchDoesNotFindIt() throws Exception {
        long breck = reportId("IPCC-2015-001");
        String report = browser.get("/public/reports/" + breck, null).body();
        assertThat(report).contains("[withheld: personal data]").contains("Breck");

        // the passage in full is in Surrey's item only, where it is withheld; the search reads the redacted text
        String search = browser.get("/public?q=" + HttpBrowser.enc("PNC) check on a person named"), null).body();
        assertThat(search).contains("No recommendations found");
        String api = browser.get("/public/api/v1/recommendations?q=" + HttpBrowser.enc("PNC) check on a person"), null).body();
        assertThat(api).contains("\"total\":0");
        String redacted = browser.get("/public/api/v1/recommendations?q=" + HttpBrowser.enc("PNC) check [withheld"), null).body();
        assertThat(redacted).contains("\"total\":1");
    }

    @Test
    void whatIsNotPublishedIsNotFound() throws Exception {
        long unpublished = dsl.select(REPORT.ID).from(REPORT).join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(ORGANISATION.CODE.eq("IICSA")).limit(1).fetchSingle(REPORT.ID);
        long heldBack = dsl.select(PUBLICATION_DECISION.SUBJECT_ID).from(PUBLICATION_DECISION)
                .where(PUBLICATION_DECISION.SUBJECT_KIND.eq("REPORT")).and(PUBLICATION_DECISION.STATE.eq("WITHHELD"))
                .limit(1).fetchSingle(PUBLICATION_DECISION.SUBJECT_ID);
        long withheldItem = dsl.select(PUBLICATION_DECISION.SUBJECT_ID).from(PUBLICATION_DECISION)
                .where(PUBLICATION_DECISION.SUBJECT_KIND.eq("ITEM")).limit(1).fetchSingle(PUBLICATION_DECISION.SUBJECT_ID);
        long unpublishedItem = itemsOf(unpublished).getFirst();
        String unknown = browser.get("/public/recommendations/99999999", null).body();
        for (String path : List.of("/public/reports/" + unpublished, "/public/reports/" + heldBack,
                "/public/recommendations/" + withheldItem, "/public/recommendations/" + unpublishedItem,
                "/public/recommendations/99999999", "/public/recommendations/abc", "/public/forces/NOWHERE",
                "/public/watchdogs/IICSA", "/public/api/v1/recommendations/" + unpublishedItem,
                "/public/api/v1/reports/" + unpublished, "/public/api/v1/recommendations/x1")) {
            HttpResponse<String> r = browser.get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            if (!path.contains("/api/")) {
                assertThat(r.body()).as(path + " reads exactly as an address that never existed").isEqualTo(unknown);
            }
            assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(browser.get("/public/api/v1/reports/" + unpublished, null).body()).contains("\"status\":404");
    }

    @Test
    void junkFiltersAreIgnoredWithANoticeAndPageSizesCapped() throws Exception {
        HttpResponse<String> page = browser.get("/public?force=NOWHERE&status=" + HttpBrowser.enc("<b>bad</b>")
                + "&size=100000&page=-3&year=abc", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Part of this address was not understood")
                .contains("The force or national body “NOWHERE” was ignored")
                .contains("At most 100 recommendations are shown a page")
                .contains("&lt;b&gt;bad&lt;/b&gt;").doesNotContain("<b>bad</b>");

        String api = browser.get("/public/api/v1/recommendations?size=100000", null).body();
        assertThat(api).contains("\"size\":100").contains("At most 100");
    }

    @Test
    void answersCarryValidatorsAndAreNotSentAgainWhenUnchanged() throws Exception {
        for (String path : List.of("/public", "/public/api/v1/recommendations", "/public/register.csv")) {
            HttpResponse<String> first = browser.get(path, null);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Last-Modified")).as(path).isPresent();
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).as(path).contains("public").contains("max-age=60");

            HttpResponse<String> again = browser.send(HttpRequest.newBuilder(browser.uri(path)).header("If-None-Match", etag).GET());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void textFromTheRegisterIsShownAsTextNeverAsMarkup() throws Exception {
        long item = publishedItemWithText("=HYPERLINK(\"http://evil\") <script>alert('x')</script>");

        String html = browser.get("/public/recommendations/" + item, null).body();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        String csv = browser.get("/public/register.csv", null).body();
        assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");
        HttpResponse<String> head = browser.get("/public/recommendations/" + item, null);
        assertThat(head.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void theOpenApiDocumentIsValidAndDescribesTheApi() throws Exception {
        HttpResponse<String> doc = browser.get("/v3/api-docs/public", null);
        assertThat(doc.statusCode()).isEqualTo(200);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(doc.body());

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getInfo().getVersion()).isEqualTo("1");
        assertThat(parsed.getOpenAPI().getPaths()).containsOnlyKeys("/public/api/v1/recommendations",
                "/public/api/v1/recommendations/{id}", "/public/api/v1/reports/{id}");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas()).containsKeys("ApiPage", "PublicItem");
    }

    @Test
    void nothingButReadingIsAllowed() throws Exception {
        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(browser.uri("/public"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")).header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anItemWithheldUntilADayIsInNoPageAnswerOrDownloadUntilThatDay() throws Exception {
        String words = "Withheld-until marker " + System.nanoTime();
        long item = publishedItemWithText(words);
        long staff = dsl.select(org.oversight.db.Tables.APP_USER.ID).from(org.oversight.db.Tables.APP_USER)
                .where(org.oversight.db.Tables.APP_USER.USERNAME.eq("iopc")).fetchSingle(org.oversight.db.Tables.APP_USER.ID);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        dsl.insertInto(PUBLICATION_DECISION).set(PUBLICATION_DECISION.SUBJECT_KIND, "ITEM")
                .set(PUBLICATION_DECISION.SUBJECT_ID, item).set(PUBLICATION_DECISION.STATE, "WITHHELD")
                .set(PUBLICATION_DECISION.WITHHELD_UNTIL, today.plusDays(7)).set(PUBLICATION_DECISION.GROUND, "PERSONAL_DATA")
                .set(PUBLICATION_DECISION.DECIDED_BY, staff).set(PUBLICATION_DECISION.DECIDED_AT, OffsetDateTime.now()).execute();
        events.publishEvent(new PublicRegisterChanged("test: withheld until a day"));

        assertThat(browser.get("/public/recommendations/" + item, null).statusCode()).isEqualTo(404);
        assertThat(browser.get("/public/api/v1/recommendations/" + item, null).statusCode()).isEqualTo(404);
        for (String path : List.of("/public/register.csv", "/public/register.json", "/public/api/v1/recommendations?size=100")) {
            assertThat(browser.get(path, null).body()).as(path).doesNotContain(words);
        }
        // a search for its words finds nothing (the search box shows them back, so they are in the page as typed)
        assertThat(browser.get("/public?q=" + HttpBrowser.enc(words), null).body()).contains("No recommendations found");
        assertThat(browser.get("/public/api/v1/recommendations?q=" + HttpBrowser.enc(words), null).body()).contains("\"total\":0");

        dsl.update(PUBLICATION_DECISION).set(PUBLICATION_DECISION.WITHHELD_UNTIL, today)
                .where(PUBLICATION_DECISION.SUBJECT_KIND.eq("ITEM")).and(PUBLICATION_DECISION.SUBJECT_ID.eq(item)).execute();
        events.publishEvent(new PublicRegisterChanged("test: the day has come"));

        assertThat(browser.get("/public/recommendations/" + item, null).body()).contains(words);
        assertThat(browser.get("/public/register.csv", null).body()).contains(words);
    }

    @Test
    void aStatusMoveIsPublicAsSoonAsItIsCommitted() throws Exception {
        long item = publishedItemWithText("A recommendation whose status moves " + System.nanoTime());
        String api = "/public/api/v1/recommendations/" + item;
        assertThat(browser.get(api, null).body()).contains("\"OPEN\"").doesNotContain("PLAN_AWAITED");
        assertThat(browser.get("/public/recommendations/" + item, null).body()).doesNotContain(Status.PLAN_AWAITED.label());
        int version = dsl.fetchValue(TRACKED_RECOMMENDATION.VERSION, TRACKED_RECOMMENDATION.ID.eq(item));

        SignIn.as(users, "iopc");
        try {
            workflow.apply(item, Transition.REQUEST_PLAN, null, version);
        } finally {
            SignIn.out();
        }

        assertThat(browser.get(api, null).body()).contains("PLAN_AWAITED");
        assertThat(browser.get("/public/recommendations/" + item, null).body()).contains(Status.PLAN_AWAITED.label());
    }

    private long reportId(String reference) {
        return dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq(reference)).fetchSingle(REPORT.ID);
    }

    private List<Long> itemsOf(long reportId) {
        return dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(RECOMMENDATION.REPORT_ID.eq(reportId)).orderBy(TRACKED_RECOMMENDATION.ID).fetch(TRACKED_RECOMMENDATION.ID);
    }

    /** Test data written directly and published as a decision row (the service is covered elsewhere). */
    private long publishedItemWithText(String text) {
        OffsetDateTime now = OffsetDateTime.now();
        long watchdog = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq("IOPC")).fetchSingle(ORGANISATION.ID);
        long surrey = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq("SURREY")).fetchSingle(ORGANISATION.ID);
        long staff = dsl.select(org.oversight.db.Tables.APP_USER.ID).from(org.oversight.db.Tables.APP_USER)
                .where(org.oversight.db.Tables.APP_USER.USERNAME.eq("iopc")).fetchSingle(org.oversight.db.Tables.APP_USER.ID);
        long report = dsl.insertInto(REPORT).set(REPORT.WATCHDOG_ID, watchdog).set(REPORT.KIND, ReportKind.INVESTIGATION)
                .set(REPORT.TITLE, "Injection test").set(REPORT.REFERENCE, "INJ-" + System.nanoTime())
                .set(REPORT.PUBLISHED_ON, now.toLocalDate()).set(REPORT.CREATED_AT, now).returning(REPORT.ID).fetchOne(REPORT.ID);
        long rec = dsl.insertInto(RECOMMENDATION).set(RECOMMENDATION.REPORT_ID, report).set(RECOMMENDATION.NUMBER, "1")
                .set(RECOMMENDATION.KIND, RecommendationKind.LEARNING_RECOMMENDATION).set(RECOMMENDATION.TEXT, text)
                .set(RECOMMENDATION.PRIORITY, Priority.HIGH).set(RECOMMENDATION.CREATED_AT, now)
                .returning(RECOMMENDATION.ID).fetchOne(RECOMMENDATION.ID);
        long item = dsl.insertInto(TRACKED_RECOMMENDATION).set(TRACKED_RECOMMENDATION.RECOMMENDATION_ID, rec)
                .set(TRACKED_RECOMMENDATION.RECIPIENT_ID, surrey).set(TRACKED_RECOMMENDATION.STATUS, Status.OPEN)
                .set(TRACKED_RECOMMENDATION.STATUS_CHANGED_AT, now).returning(TRACKED_RECOMMENDATION.ID)
                .fetchOne(TRACKED_RECOMMENDATION.ID);
        dsl.insertInto(PUBLICATION_DECISION).set(PUBLICATION_DECISION.SUBJECT_KIND, "REPORT")
                .set(PUBLICATION_DECISION.SUBJECT_ID, report).set(PUBLICATION_DECISION.STATE, "PUBLISHED")
                .set(PUBLICATION_DECISION.DECIDED_BY, staff).set(PUBLICATION_DECISION.DECIDED_AT, now).execute();
        events.publishEvent(new PublicRegisterChanged("test data"));
        return item;
    }
}
