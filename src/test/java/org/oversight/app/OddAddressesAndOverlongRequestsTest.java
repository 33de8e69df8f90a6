package org.oversight.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.demo.DemoAccounts;
import org.oversight.testsupport.HttpBrowser;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Addresses a person may type or be sent, and requests no browser of ours makes: a signed-in person gets the
 * application's "not found" (404) or "cannot open" (403), never a bare error page; an anonymous caller is sent to
 * sign in; and an over-long
 * request gets the application's plain error page, not the server's raw one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@OwnDatabase
class OddAddressesAndOverlongRequestsTest {

    @LocalServerPort int port;

    final HttpBrowser browser = new HttpBrowser(() -> port);
    String session;

    @BeforeEach
    void signIn() throws Exception {
        session = browser.signIn("surrey", DemoAccounts.PASSWORD);
    }

    /**
     * The first load of an address no page has answers 404 with the application's page (app.ui.FirstLoadStatus), which
     * then shows the shell's "Page not found" ({@code ui.OddAddressesShowPageNotFoundTest}): never a bare 403 or a raw
     * error page.
     */
    @ParameterizedTest(name = "signed in, {0} is the application's page not found, 404")
    @ValueSource(strings = {"/deadlines", "/plans", "/plans/abc", "/evidence/abc", "/no-such-page", "/deadlines/abc",
            "/reports/1/nothing"})
    void aSignedInPersonGetsTheApplicationsPageNotFound(String path) throws Exception {
        HttpResponse<String> response = browser.get(path, session);

        assertThat(response.statusCode()).isEqualTo(404);
        assertApplicationPage(response).contains("<title>Page not found · Oversight Tracker</title>");
    }

    /** A page the force lead's role does not open: 403, with the application's page saying so. */
    @ParameterizedTest(name = "signed in as a force lead, {0} is the application's page refused, 403")
    @ValueSource(strings = {"/queues", "/admin/users", "/audit", "/outbox", "/import", "/publishing"})
    void aPageTheRoleDoesNotOpenIs403(String path) throws Exception {
        HttpResponse<String> response = browser.get(path, session);

        assertThat(response.statusCode()).isEqualTo(403);
        assertApplicationPage(response).contains("<title>You cannot open this page · Oversight Tracker</title>");
    }

    /** Pages the force lead may open keep 200 and their own title, which the view sets. */
    @ParameterizedTest(name = "signed in as a force lead, {0} is 200")
    @ValueSource(strings = {"/", "/my-work", "/recommendations", "/reports", "/deadlines/1", "/notifications"})
    void aPageTheRoleOpensIs200(String path) throws Exception {
        HttpResponse<String> response = browser.get(path, session);

        assertThat(response.statusCode()).isEqualTo(200);
        assertApplicationPage(response).doesNotContain("Page not found").doesNotContain("You cannot open this page");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertApplicationPage(HttpResponse<String> response) {
        return assertThat(response.body()).startsWithIgnoringCase("<!doctype html>").doesNotContain("Whitelabel")
                .doesNotContain("Apache Tomcat").doesNotContain("could not be handled");
    }

    @ParameterizedTest(name = "anonymous, {0} goes to sign in")
    @ValueSource(strings = {"/deadlines", "/plans", "/plans/abc", "/evidence/abc", "/no-such-page"})
    void anAnonymousCallerIsSentToSignIn(String path) throws Exception {
        HttpResponse<String> response = browser.get(path, null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void aHugeSearchGetsThePlainErrorPage() throws Exception {
        HttpResponse<String> response = browser.get("/recommendations?q=" + "a".repeat(10_000), session);

        assertPlainErrorPage(response, 400);
    }

    @Test
    void thousandsOfParametersGetThePlainErrorPage() throws Exception {
        String query = IntStream.range(0, 2_000).mapToObj(i -> "status=OPEN").collect(Collectors.joining("&"));

        assertPlainErrorPage(browser.get("/recommendations?" + query, session), 400);
    }

    @Test
    void anOversizedHeaderGetsThePlainErrorPage() throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(browser.uri("/recommendations"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("X-Padding", "p".repeat(100_000)).build(), HttpResponse.BodyHandlers.ofString());

        assertPlainErrorPage(response, 400);
    }

    private static void assertPlainErrorPage(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("Oversight Tracker").contains("could not be handled")
                .doesNotContain("Apache Tomcat").doesNotContain("Whitelabel").doesNotContain("Exception");
    }
}
