package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone guesses a password: after five wrong tries their source is held back (StrangerCannotLockTheOwnerOutTest has
 * the rest of the rule), a success clears the count, and all of it is audited.
 */
@DatabaseTest
@Transactional
class LockoutAfterRepeatedFailuresTest {

    static final String USER = "lockout.subject";
    static final String PASSWORD = "kettle-orbit-lantern-9";

    @Autowired AuthenticationConfiguration authConfig;
    @Autowired JooqUserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    AuthenticationManager manager;
    long userId;

    @BeforeEach
    void anAccount() throws Exception {
        manager = authConfig.getAuthenticationManager();
        userId = SignInSubjects.surreyForceLead(accounts, encoder, dsl, clock, USER, "Lockout Subject", "lockout@example.invalid",
                PASSWORD);
    }

    @Test
    void fiveWrongPasswordsHoldBackTheirSourceEvenAgainstTheRightOneButDoNotLockTheAccount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("wrong-guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(failedLogins()).isEqualTo(4);

        assertThatThrownBy(() -> signIn("wrong-guess")).isInstanceOf(BadCredentialsException.class);

        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(lockedUntil()).as("one source is no attack on the account").isNull();
        assertThat(actions()).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_REFUSED");
        assertThat(failedLogins()).as("refused while held back: not counted").isEqualTo(5);
    }

    @Test
    void aSuccessfulSignInClearsTheCount() throws Exception {
        assertThatThrownBy(() -> signIn("wrong-guess")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("wrong-guess")).isInstanceOf(BadCredentialsException.class);

        signIn(PASSWORD);

        assertThat(failedLogins()).isZero();
        assertThat(actions()).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN");
    }

    @Test
    void anExpiredLockLetsTheRightPasswordInAndAWrongOneStartsCountingAfresh() {
        dsl.update(APP_USER).set(APP_USER.FAILED_LOGINS, 5).set(APP_USER.LOCKED_UNTIL, OffsetDateTime.now(clock).minusMinutes(1))
                .where(APP_USER.ID.eq(userId)).execute();

        assertThatThrownBy(() -> signIn("wrong-again")).isInstanceOf(BadCredentialsException.class);
        assertThat(failedLogins()).isEqualTo(1);
        assertThat(lockedUntil()).isNull();

        signIn(PASSWORD);
        assertThat(failedLogins()).isZero();
    }

    @Test
    void aDeactivatedAccountCannotSignInAndTheRefusalIsAudited() {
        dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ID.eq(userId)).execute();

        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(DisabledException.class);

        assertThat(actions()).containsExactly("LOGIN_REFUSED");
        assertThat(dsl.select(AUDIT_EVENT.AFTER_JSON).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("app_user"), AUDIT_EVENT.ENTITY_ID.eq(userId))
                .fetchSingle().value1()).contains("account deactivated");
    }

    @Test
    void anUnknownOverLongNameWithMarkupIsAuditedCutToTheColumn() {
        String typed = "<script>alert(1)</script>".repeat(40);

        assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken(typed, "x")))
                .isInstanceOf(BadCredentialsException.class);

        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("LOGIN_FAILED"))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle();
        assertThat(event.getUsername()).hasSize(60).isEqualTo(typed.substring(0, 60));
        assertThat(event.getUserId()).isNull();
        assertThat(event.getAfterJson()).contains("no such account");
    }

    private void signIn(String password) {
        manager.authenticate(new UsernamePasswordAuthenticationToken(USER, password));
    }

    private int failedLogins() {
        return dsl.select(APP_USER.FAILED_LOGINS).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle().value1();
    }

    private OffsetDateTime lockedUntil() {
        return dsl.select(APP_USER.LOCKED_UNTIL).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle().value1();
    }

    private List<String> actions() {
        return dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("app_user"), AUDIT_EVENT.ENTITY_ID.eq(userId))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION);
    }
}
