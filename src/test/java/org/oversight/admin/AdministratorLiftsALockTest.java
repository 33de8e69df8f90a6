package org.oversight.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.ORGANISATION;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.RuleViolationException;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** An account locked after an attack: the administrator sees it locked and lifts the lock; nobody else may. */
@DatabaseTest
@Transactional
class AdministratorLiftsALockTest {

    static final String PASSWORD = "saffron-quay-beacon-5";

    @Autowired AdminUserService service;
    @Autowired AuthenticationConfiguration authConfig;
    @Autowired PasswordEncoder encoder;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;

    long id;

    @BeforeEach
    void aLockedAccount() {
        id = dsl.insertInto(APP_USER).set(APP_USER.USERNAME, "locked.out").set(APP_USER.DISPLAY_NAME, "Lee Locked")
                .set(APP_USER.PASSWORD_HASH, encoder.encode(PASSWORD)).set(APP_USER.ROLE, Role.FORCE_LEAD)
                .set(APP_USER.ORGANISATION_ID, dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq("SURREY")))
                .set(APP_USER.FAILED_LOGINS, 7).set(APP_USER.LOCKED_UNTIL, OffsetDateTime.now(clock).plusMinutes(14))
                .set(APP_USER.CREATED_AT, OffsetDateTime.now(clock)).returning(APP_USER.ID).fetchSingle().getId();
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesTheLockAndLiftsIt() throws Exception {
        assertThatThrownBy(() -> signIn()).isInstanceOf(LockedException.class);
        UserAccount locked = service.list().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        assertThat(locked.lockedAt(OffsetDateTime.now(clock))).isTrue();

        service.unlock(id, locked.version());

        signIn();
        assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.USERNAME).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(id))
                .fetch().map(r -> r.value1() + " by " + r.value2())).contains("USER_UNLOCKED by admin");
        assertThatThrownBy(() -> service.unlock(id, locked.version() + 1)).isInstanceOf(RuleViolationException.class)
                .hasMessage("Lee Locked's account is not locked.");
    }

    @Test
    @WithUserDetails("hmicfrs")
    void nobodyElseMayLiftIt() {
        assertThatThrownBy(() -> service.unlock(id, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(dsl.select(APP_USER.LOCKED_UNTIL).from(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle().value1()).isNotNull();
    }

    private void signIn() throws Exception {
        authConfig.getAuthenticationManager().authenticate(new UsernamePasswordAuthenticationToken("locked.out", PASSWORD));
    }
}
