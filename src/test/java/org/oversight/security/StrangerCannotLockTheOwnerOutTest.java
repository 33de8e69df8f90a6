package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.OUTBOX_MAIL;

import java.time.Clock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stranger guessing someone's password from one place holds back only that place; the owner signs in from theirs.
 * Guesses from many places are an attack: the account locks, and its owner is told by mail.
 */
@DatabaseTest
@Transactional
class StrangerCannotLockTheOwnerOutTest {

    static final String USER = "throttle.owner";
    static final String PASSWORD = "copper-meadow-falcon-3";
    static final String STRANGER = "203.0.113.9";
    static final String OWNER = "198.51.100.20";

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
        userId = SignInSubjects.surreyForceLead(accounts, encoder, dsl, clock, USER, "Throttle Owner",
                "throttle.owner@example.invalid", PASSWORD);
    }

    @Test
    void wrongPasswordsFromOnePlaceHoldBackThatPlaceOnly() {
        for (int i = 0; i < 8; i++) {
            try {
                signIn(STRANGER, "a-guess-" + i);
            } catch (BadCredentialsException | LockedException expected) {
                // the first five are wrong passwords, then the stranger is held back
            }
        }

        assertThatThrownBy(() -> signIn(STRANGER, PASSWORD)).as("even the right password, from the stranger's place")
                .isInstanceOf(LockedException.class).hasMessageMatching(".*Try again in \\d+ seconds\\.");
        signIn(OWNER, PASSWORD);
        assertThat(dsl.select(APP_USER.LOCKED_UNTIL).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle().value1())
                .as("the account itself is not locked").isNull();
        assertThat(dsl.fetchCount(OUTBOX_MAIL, OUTBOX_MAIL.TO_ADDRESS.eq("throttle.owner@example.invalid"))).isZero();
        assertThat(dsl.select(AUDIT_EVENT.AFTER_JSON).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(userId),
                AUDIT_EVENT.ACTION.eq("LOGIN_REFUSED")).fetch(AUDIT_EVENT.AFTER_JSON)).allMatch(json -> json.contains("held back"));
    }

    @Test
    void theHoldBackGrowsWithEachFurtherFailure() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(STRANGER, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(STRANGER, PASSWORD)).hasMessageContaining("Try again in 30 seconds");
    }

    @Test
    void guessesFromManyPlacesLockTheAccountAndItsOwnerIsTold() {
        for (int i = 1; i <= 5; i++) {
            String place = "192.0.2." + i;
            assertThatThrownBy(() -> signIn(place, "guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(OWNER, PASSWORD)).isInstanceOf(LockedException.class);
        var mail = dsl.selectFrom(OUTBOX_MAIL).where(OUTBOX_MAIL.TO_ADDRESS.eq("throttle.owner@example.invalid")).fetchSingle();
        assertThat(mail.getSubject()).isEqualTo("Your Oversight Tracker account is locked");
        assertThat(mail.getBody()).contains("'" + USER + "' is locked until", "wrong passwords from 5 different places",
                "tell your administrator");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(userId), AUDIT_EVENT.ACTION.eq("ACCOUNT_LOCKED"))).isEqualTo(1);
    }

    private void signIn(String from, String password) {
        var attempt = new UsernamePasswordAuthenticationToken(USER, password);
        attempt.setDetails(new WebAuthenticationDetails(from, null));
        manager.authenticate(attempt);
    }
}
