package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.security.JooqUserAccountRepository.NewAccount;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired JooqUserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void anAccountOfItsOwn() {
        tx.executeWithoutResult(s -> {
            if (!accounts.exists(USER)) {
                accounts.insert(new NewAccount(USER, "HTTP Boundary", null, encoder.encode(PASSWORD), Role.ADMIN, null),
                        OffsetDateTime.now(clock));
            }
        });
    }

    @Test
    void healthSaysOnlyTheStatus() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @ParameterizedTest(name = "anonymous {0} is not served")
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/health/db",
            "/actuator/configprops", "/actuator/heapdump"})
    void otherActuatorEndpointsAreNotServed(String path) throws Exception {
        HttpResponse<String> response = get(path, null);

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("spring.datasource").doesNotContain("\"components\"");
    }

    @ParameterizedTest(name = "anonymous {0} is sent to the sign-in page")
    @ValueSource(strings = {"/", "/admin/users", "/audit", "/no-such-page"})
    void viewsSendAnonymousCallersToSignIn(String path) throws Exception {
        HttpResponse<String> response = get(path, null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @ParameterizedTest(name = "anonymous {0} is public")
    @ValueSource(strings = {"/login", "/styles/app.css", "/images/logo.svg"})
    void theSignInPageAndStaticAssetsArePublic(String path) throws Exception {
        assertThat(get(path, null).statusCode()).isEqualTo(200);
    }

    @Test
    void securityHeadersSuitedToVaadinAreSentOnThePages() throws Exception {
        HttpResponse<String> login = get("/login", null);

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
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void signingInChangesTheSessionIdAndIsAuditedWithTheRequestsCorrelationId() throws Exception {
        String before = sessionCookie(get("/login", null)).orElseThrow();

        HttpResponse<String> signIn = postLogin(before, USER, PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = sessionCookie(signIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(get("/", after).statusCode()).isEqualTo(200);
        assertThat(get("/", before).statusCode()).as("the pre-sign-in id is worth nothing").isEqualTo(302);
        String correlationId = signIn.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.USERNAME).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.CORRELATION_ID.eq(correlationId)).fetch().map(r -> r.value1() + " " + r.value2()))
                .containsExactly("LOGIN " + USER);
    }

    @Test
    void aWrongPasswordIsRefusedAndAuditedWithTheRequestsCorrelationId() throws Exception {
        String session = sessionCookie(get("/login", null)).orElseThrow();

        HttpResponse<String> signIn = postLogin(session, USER, "not-the-password");

        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        String correlationId = signIn.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.CORRELATION_ID.eq(correlationId))
                .fetch(AUDIT_EVENT.ACTION)).containsExactly("LOGIN_FAILED");
        postLogin(session, USER, PASSWORD); // clears the count again
    }

    /** Login CSRF: a page elsewhere that posts the attacker's name and password to /login must not sign the browser in. */
    @Test
    void aCrossSitePostToLoginWithoutTheTokenIsRefused() throws Exception {
        String victimsSession = sessionCookie(get("/login", null)).orElseThrow();

        HttpResponse<String> noCookie = postLoginWithout(null, USER, PASSWORD, "");
        HttpResponse<String> noToken = postLoginWithout(victimsSession, USER, PASSWORD, "");
        HttpResponse<String> forgedToken = postLoginWithout(victimsSession, USER, PASSWORD, "&_csrf=forged");

        assertThat(noCookie.statusCode()).isEqualTo(403);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(forgedToken.statusCode()).isEqualTo(403);
        assertThat(sessionCookie(noToken)).as("no signed-in session handed out").isEmpty();
        assertThat(get("/", victimsSession).statusCode()).as("the browser is still not signed in").isEqualTo(302);
    }

    /**
     * An address no page has reaches the application once signed in, which shows its "Page not found" (Spring
     * Security would refuse it otherwise). The page's 404 goes with the navigation that follows the bootstrap page,
     * not with this first response.
     */
    @Test
    void aSignedInCallerAtAnUnknownAddressGetsTheApplication() throws Exception {
        String session = sessionCookie(postLogin(sessionCookie(get("/login", null)).orElseThrow(), USER, PASSWORD)).orElseThrow();

        HttpResponse<String> page = get("/no-such-page", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<meta name=\"_csrf\"");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String session = sessionCookie(postLogin(sessionCookie(get("/login", null)).orElseThrow(), USER, PASSWORD)).orElseThrow();
        HttpResponse<String> page = get("/", session);
        assertThat(page.statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = http.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrfToken(page.body())))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        String correlationId = signOut.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.CORRELATION_ID.eq(correlationId))
                .fetch(AUDIT_EVENT.ACTION)).containsExactly("LOGOUT");
        HttpResponse<String> afterwards = get("/", session);
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    /** As the login form does: with the CSRF token of the sign-in page the browser has open. */
    private HttpResponse<String> postLogin(String session, String username, String password) throws Exception {
        String token = csrfToken(get("/login", session).body());
        return postLoginWithout(session, username, password, "&_csrf=" + enc(token));
    }

    private HttpResponse<String> postLoginWithout(String session, String username, String password, String extra)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password) + extra));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst();
    }

    /** Vaadin puts Spring Security's CSRF token into its bootstrap page, for the client's own requests. */
    private static String csrfToken(String page) {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("CSRF token in the page").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
