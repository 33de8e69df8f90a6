package org.oversight.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.countDistinct;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.demo.DemoAccounts;
import org.oversight.testsupport.HttpBrowser;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every page whose address names an item, typed into the browser (its first load, the start page Vaadin sends before
 * it builds the view): an item the person can see answers 200 with the page's own title; another force's item, one
 * that does not exist and a number that is no number answer 404 with "Page not found", the same answer to each so
 * that no address tells another force what exists (app.ui.FirstLoadStatus asking each feature's ItemPage, decision
 * 0102). An anonymous caller is sent to sign in, as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@OwnDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemAddressesAnswer404OutOfScopeTest {

    static final String NOT_FOUND_TITLE = "<title>Page not found · Oversight Tracker</title>";

    /** Every route with an id, as a format for the id. */
    static final List<String> ROUTES = List.of("/recommendations/%s", "/deadlines/%s", "/reports/%s", "/plans/%s",
            "/plans/%s/timeline", "/recommendations/national/%s", "/publishing/%s");

    @LocalServerPort int port;
    @Autowired DSLContext dsl;

    HttpBrowser browser;
    final Map<String, String> sessions = new HashMap<>();
    /** For each route, two people and an item each can see and the other cannot. */
    final Map<String, Pair> pairs = new HashMap<>();

    /** {@code one} sees item {@code oneSees}, not {@code otherSees}; {@code other} the other way round. */
    record Pair(String one, long oneSees, String other, long otherSees) {
    }

    @BeforeAll
    void signInAndFindTheItems() throws Exception {
        browser = new HttpBrowser(() -> port);
        for (String user : List.of("surrey", "devon", "hmicfrs", "iopc", "npcc.cse")) {
            sessions.put(user, browser.signIn(user, DemoAccounts.PASSWORD));
        }
        long surrey = organisation("SURREY");
        long devon = organisation("DEVON_CORNWALL");
        Pair items = new Pair("surrey", item(surrey), "devon", item(devon));
        pairs.put("/recommendations/%s", items);
        pairs.put("/deadlines/%s", items);
        pairs.put("/reports/%s", new Pair("surrey", reportOnlyFor(surrey), "devon", reportOnlyFor(devon)));
        Pair plans = new Pair("surrey", plan(surrey), "devon", plan(devon));
        pairs.put("/plans/%s", plans);
        pairs.put("/plans/%s/timeline", plans);
        pairs.put("/recommendations/national/%s", new Pair("surrey", severalRecipientsWith(surrey),
                "npcc.cse", severalRecipientsWith(organisation("NPCC_CSE"))));
        pairs.put("/publishing/%s", new Pair("hmicfrs", reportOf(organisation("HMICFRS")),
                "iopc", reportOf(organisation("IOPC"))));
    }

    static Stream<String> routes() {
        return ROUTES.stream();
    }

    @ParameterizedTest(name = "{0}: in scope 200, another force's (or watchdog's) 404")
    @MethodSource("routes")
    void anItemInScopeIs200AndAnotherForcesIs404(String route) throws Exception {
        Pair p = pairs.get(route);

        assertShown(get(route, p.oneSees(), p.one()));
        assertNotFound(get(route, p.otherSees(), p.one()));
        assertNotFound(get(route, p.oneSees(), p.other()));
        assertShown(get(route, p.otherSees(), p.other()));
    }

    @ParameterizedTest(name = "{0}: a number with nothing behind it is 404")
    @MethodSource("routes")
    void anItemThatDoesNotExistIs404(String route) throws Exception {
        assertNotFound(get(route, 987_654_321L, pairs.get(route).one()));
    }

    @ParameterizedTest(name = "{0}: abc, 0, -1, 1.5 and a 25-digit number are 404")
    @MethodSource("routes")
    void aMalformedIdIs404(String route) throws Exception {
        String user = pairs.get(route).one();
        for (String id : List.of("abc", "0", "-1", "1.5", "9".repeat(25))) {
            HttpResponse<String> response = browser.get(route.formatted(id), sessions.get(user));
            assertThat(response.statusCode()).as(route.formatted(id)).isEqualTo(404);
            assertThat(response.body()).as(route.formatted(id)).contains(NOT_FOUND_TITLE);
        }
    }

    @ParameterizedTest(name = "{0}: anonymous is sent to sign in")
    @MethodSource("routes")
    void anAnonymousCallerIsSentToSignIn(String route) throws Exception {
        HttpResponse<String> response = browser.get(route.formatted(pairs.get(route).oneSees()), null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    private HttpResponse<String> get(String route, long id, String user) throws Exception {
        return browser.get(route.formatted(id), sessions.get(user));
    }

    private static void assertShown(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        assertThat(response.body()).as(response.uri().toString()).startsWithIgnoringCase("<!doctype html>")
                .doesNotContain("Page not found").doesNotContain("You cannot open this page");
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
        assertThat(response.body()).as(response.uri().toString()).contains(NOT_FOUND_TITLE)
                .doesNotContain("Whitelabel").doesNotContain("could not be handled");
    }

    private long organisation(String code) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(code))
                .fetchSingle(ORGANISATION.ID);
    }

    private long item(long recipient) {
        return dsl.select(TRACKED_RECOMMENDATION.ID).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.RECIPIENT_ID.eq(recipient)).orderBy(TRACKED_RECOMMENDATION.ID).limit(1)
                .fetchSingle(TRACKED_RECOMMENDATION.ID);
    }

    /** A report whose every item went to this organisation alone. */
    private long reportOnlyFor(long recipient) {
        return dsl.select(RECOMMENDATION.REPORT_ID).from(RECOMMENDATION)
                .join(TRACKED_RECOMMENDATION).on(TRACKED_RECOMMENDATION.RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                .groupBy(RECOMMENDATION.REPORT_ID)
                .having(countDistinct(TRACKED_RECOMMENDATION.RECIPIENT_ID).eq(1))
                .and(DSL.max(TRACKED_RECOMMENDATION.RECIPIENT_ID).eq(recipient))
                .orderBy(RECOMMENDATION.REPORT_ID).limit(1).fetchSingle(RECOMMENDATION.REPORT_ID);
    }

    private long plan(long organisation) {
        return dsl.select(ACTION_PLAN.ID).from(ACTION_PLAN).where(ACTION_PLAN.ORGANISATION_ID.eq(organisation))
                .orderBy(ACTION_PLAN.ID).limit(1).fetchSingle(ACTION_PLAN.ID);
    }

    /** A recommendation made to several recipients, this one among them. */
    private long severalRecipientsWith(long recipient) {
        var mine = TRACKED_RECOMMENDATION.as("mine");
        return dsl.select(TRACKED_RECOMMENDATION.RECOMMENDATION_ID).from(TRACKED_RECOMMENDATION)
                .where(DSL.exists(DSL.selectOne().from(mine)
                        .where(mine.RECOMMENDATION_ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                        .and(mine.RECIPIENT_ID.eq(recipient))))
                .groupBy(TRACKED_RECOMMENDATION.RECOMMENDATION_ID)
                .having(countDistinct(TRACKED_RECOMMENDATION.RECIPIENT_ID).gt(1))
                .orderBy(TRACKED_RECOMMENDATION.RECOMMENDATION_ID).limit(1)
                .fetchSingle(TRACKED_RECOMMENDATION.RECOMMENDATION_ID);
    }

    private long reportOf(long watchdog) {
        return dsl.select(REPORT.ID).from(REPORT).where(REPORT.WATCHDOG_ID.eq(watchdog)).orderBy(REPORT.ID).limit(1)
                .fetchSingle(REPORT.ID);
    }
}
