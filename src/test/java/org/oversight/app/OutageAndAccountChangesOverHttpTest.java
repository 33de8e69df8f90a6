package org.oversight.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseSwitch;
import org.oversight.testsupport.CommittedAccounts;
import org.oversight.testsupport.HttpBrowser;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Over real HTTP: a database outage fails fast and says so (health DOWN in seconds and UP again afterwards, sign-in
 * "unavailable" rather than "wrong password"), and an account changed in the database by another node ends the
 * person's session here on its next request. (The account check runs on every request in this test.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oversight.security.account-check-interval=PT0S")
@ActiveProfiles("test")
@Tag("database")
@OwnDatabase
@Import(DatabaseSwitch.class)
class OutageAndAccountChangesOverHttpTest {

    static final String USER = "http.outage";
    static final String PASSWORD = "lantern-orchard-basin-7";

    @LocalServerPort int port;
    @Autowired CommittedAccounts committed;
    @Autowired DatabaseSwitch database;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate tx;
    @Autowired DSLContext dsl;

    final HttpBrowser browser = new HttpBrowser(() -> port);

    @BeforeEach
    void anAccountOfItsOwn() {
        committed.activeAdministrator(USER, "HTTP Outage", PASSWORD);
    }

    @AfterEach
    void databaseBack() {
        database.on();
    }

    @Test
    void aRequestWaitsAtMostThreeSecondsForAConnection() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getConnectionTimeout()).isLessThanOrEqualTo(3000);
    }

    @Test
    void healthSaysDownQuicklyWhileTheDatabaseIsAwayAndUpWhenItIsBack() throws Exception {
        database.off();
        long started = System.nanoTime();
        HttpResponse<String> down = browser.get("/actuator/health", null);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\"}");

        database.on();
        HttpResponse<String> up = browser.get("/actuator/health", null);
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void signingInWhileTheDatabaseIsAwaySaysTheServiceIsUnavailableNotThatThePasswordIsWrong() throws Exception {
        HttpResponse<String> page = browser.get("/login", null);
        String session = HttpBrowser.sessionCookie(page).orElseThrow();
        String token = HttpBrowser.csrfToken(page.body());
        database.off();

        HttpResponse<String> signIn = browser.postLoginWith(session, USER, PASSWORD, "&_csrf=" + HttpBrowser.enc(token));

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?unavailable");

        database.on();
        HttpResponse<String> again = browser.postLogin(session, USER, PASSWORD);
        assertThat(again.headers().firstValue("Location").orElseThrow()).doesNotContain("error", "unavailable");
    }

    @Test
    void anAccountDeactivatedOnAnotherNodeIsSignedOutHereOnItsNextRequest() throws Exception {
        String session = browser.signIn(USER, PASSWORD);
        assertThat(browser.get("/", session).statusCode()).isEqualTo(200);

        // what AdminUserService does on the other node: the row changes, the version moves on
        tx.executeWithoutResult(s -> dsl.update(APP_USER).set(APP_USER.ENABLED, false)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1)).where(APP_USER.USERNAME.eq(USER)).execute());

        HttpResponse<String> next = browser.get("/", session);
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?changed");
        HttpResponse<String> after = browser.get("/", session);
        assertThat(after.statusCode()).as("the session is over").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aRoleChangeOrPasswordResetOnAnotherNodeEndsTheSessionAndVaadinsOwnRequestsAreToldWhereToGo() throws Exception {
        String session = browser.signIn(USER, PASSWORD);
        assertThat(browser.get("/", session).statusCode()).isEqualTo(200);

        tx.executeWithoutResult(s -> dsl.update(APP_USER).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.USERNAME.eq(USER)).execute());

        HttpResponse<String> uidl = browser.send(HttpRequest.newBuilder(browser.uri("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).contains("/login?changed").doesNotContain("This session has been expired");
        assertThat(browser.get("/", session).statusCode()).as("the session is over").isEqualTo(302);
    }

    @Test
    void anUnchangedAccountGoesOn() throws Exception {
        String session = browser.signIn(USER, PASSWORD);

        assertThat(browser.get("/", session).statusCode()).isEqualTo(200);
        assertThat(browser.get("/", session).statusCode()).isEqualTo(200);
    }
}
