package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.testsupport.CommittedAccounts;
import org.oversight.testsupport.HttpBrowser;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application over real HTTP, as a browser or an attacker meets it: what an anonymous caller reaches, the
 * security headers, the session id changing at sign-in, and sign-out ending the session.
 * (The server runs with forward headers on, as behind a TLS proxy, to show HSTS appears only for HTTPS.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
@Tag("database")
@OwnDatabase
class AnonymousAndSessionBoundaryTest {

    static final String USER = "http.boundary";
    static final String PASSWORD = "harbour-violin-meadow-4";

    @LocalServerPort int port;
    @Autowired CommittedAccounts committed;
    @Autowired DSLContext dsl;
    @Autowired SecurityObservationSettings securityObservations;

    final HttpBrowser browser = new HttpBrowser(() -> port);

    @BeforeEach
    void anAccountOfItsOwn() {
        committed.activeAdministrator(USER, "HTTP Boundary", PASSWORD);
    }

    /**
     * Spring Security is told to observe nothing, so that in the running application it does not wrap each filter of
     * every request in Micrometer's observing decorator: about 1 % of a loaded node's CPU, to record what nobody reads
     * (decision 0150). Within this test's context it did not wrap them even without the settings, so the settings
     * themselves are checked.
     */
    @Test
    void springSecurityObservesNothing() {
        assertThat(securityObservations.shouldObserveRequests()).as("requests through the filters").isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).as("sign-ins").isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).as("decisions on access").isFalse();
    }

    @Test
    void healthSaysOnlyTheStatus() throws Exception {
        HttpResponse<String> health = browser.get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @ParameterizedTest(name = "anonymous {0} is not served")
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/health/db",
            "/actuator/configprops", "/actuator/heapdump"})
    void otherActuatorEndpointsAreNotServed(String path) throws Exception {
        HttpResponse<String> response = browser.get(path, null);

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("spring.datasource").doesNotContain("\"components\"");
    }

    @ParameterizedTest(name = "anonymous {0} is sent to the sign-in page")
    @ValueSource(strings = {"/", "/admin/users", "/audit", "/no-such-page"})
    void viewsSendAnonymousCallersToSignIn(String path) throws Exception {
        HttpResponse<String> response = browser.get(path, null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @ParameterizedTest(name = "anonymous {0} is public")
    @ValueSource(strings = {"/login", "/styles/app.css", "/images/logo.svg"})
    void theSignInPageAndStaticAssetsArePublic(String path) throws Exception {
        assertThat(browser.get(path, null).statusCode()).isEqualTo(200);
    }

    @Test
    void securityHeadersSuitedToVaadinAreSentOnThePages() throws Exception {
        HttpResponse<String> login = browser.get("/login", null);

        var h = login.headers();
        assertThat(h.firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'")
                .doesNotContain("*");
        assertThat(h.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(h.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(h.firstValue("Permissions-Policy")).get().asString().contains("camera=()");
        assertThat(h.firstValue("X-Correlation-Id")).isPresent();
        assertThat(h.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        assertThat(login.body()).contains("<html");
    }

    @Test
    void hstsIsSentWhenTheRequestCameOverTls() throws Exception {
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(browser.uri("/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void signingInChangesTheSessionIdAndIsAuditedWithTheRequestsCorrelationId() throws Exception {
        String before = HttpBrowser.sessionCookie(browser.get("/login", null)).orElseThrow();

        HttpResponse<String> signIn = browser.postLogin(before, USER, PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = HttpBrowser.sessionCookie(signIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/", after).statusCode()).isEqualTo(200);
        assertThat(browser.get("/", before).statusCode()).as("the pre-sign-in id is worth nothing").isEqualTo(302);
        String correlationId = signIn.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.USERNAME).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.CORRELATION_ID.eq(correlationId)).fetch().map(r -> r.value1() + " " + r.value2()))
                .containsExactly("LOGIN " + USER);
    }

    @Test
    void aWrongPasswordIsRefusedAndAuditedWithTheRequestsCorrelationId() throws Exception {
        String session = HttpBrowser.sessionCookie(browser.get("/login", null)).orElseThrow();

        HttpResponse<String> signIn = browser.postLogin(session, USER, "not-the-password");

        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        String correlationId = signIn.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.CORRELATION_ID.eq(correlationId))
                .fetch(AUDIT_EVENT.ACTION)).containsExactly("LOGIN_FAILED");
        browser.postLogin(session, USER, PASSWORD); // clears the count again
    }

    /** Login CSRF: a page elsewhere that posts the attacker's name and password to /login must not sign the browser in. */
    @Test
    void wrongPasswordsFromOneSourceAreHeldBackAndThePageSaysHowLongToWait() throws Exception {
        String name = "http.heldback";
        committed.activeAdministrator(name, "HTTP Held Back", PASSWORD);
        String session = HttpBrowser.sessionCookie(browser.get("/login", null)).orElseThrow();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browser.postLogin(session, name, "not-the-password");
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
            session = HttpBrowser.sessionCookie(wrong).orElse(session);
        }

        HttpResponse<String> held = browser.postLogin(session, name, PASSWORD);

        assertThat(held.headers().firstValue("Location").orElseThrow()).matches(".*/login\\?held=\\d+");
    }

    @Test
    void aCrossSitePostToLoginWithoutTheTokenIsRefused() throws Exception {
        String victimsSession = HttpBrowser.sessionCookie(browser.get("/login", null)).orElseThrow();

        HttpResponse<String> noCookie = browser.postLoginWith(null, USER, PASSWORD, "");
        HttpResponse<String> noToken = browser.postLoginWith(victimsSession, USER, PASSWORD, "");
        HttpResponse<String> forgedToken = browser.postLoginWith(victimsSession, USER, PASSWORD, "&_csrf=forged");

        assertThat(noCookie.statusCode()).isEqualTo(403);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(forgedToken.statusCode()).isEqualTo(403);
        assertThat(HttpBrowser.sessionCookie(noToken)).as("no signed-in session handed out").isEmpty();
        assertThat(browser.get("/", victimsSession).statusCode()).as("the browser is still not signed in").isEqualTo(302);
    }

    /**
     * An address no page has reaches the application once signed in, which shows its "Page not found" (Spring
     * Security would refuse it otherwise), with the status 404 on this first response (app.ui.FirstLoadStatus).
     */
    @Test
    void aSignedInCallerAtAnUnknownAddressGetsTheApplication() throws Exception {
        String session = HttpBrowser.sessionCookie(browser.postLogin(HttpBrowser.sessionCookie(browser.get("/login", null)).orElseThrow(), USER, PASSWORD)).orElseThrow();

        HttpResponse<String> page = browser.get("/no-such-page", session);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<meta name=\"_csrf\"");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String session = HttpBrowser.sessionCookie(browser.postLogin(HttpBrowser.sessionCookie(browser.get("/login", null)).orElseThrow(), USER, PASSWORD)).orElseThrow();
        HttpResponse<String> page = browser.get("/", session);
        assertThat(page.statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = browser.send(HttpRequest.newBuilder(browser.uri("/logout"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + HttpBrowser.enc(HttpBrowser.csrfToken(page.body())))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        String correlationId = signOut.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.CORRELATION_ID.eq(correlationId))
                .fetch(AUDIT_EVENT.ACTION)).containsExactly("LOGOUT");
        HttpResponse<String> afterwards = browser.get("/", session);
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).get().asString().endsWith("/login");
    }
}
