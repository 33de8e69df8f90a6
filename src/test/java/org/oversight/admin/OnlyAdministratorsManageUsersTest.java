package org.oversight.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.AUDIT_EVENT;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.security.Role;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read and write of user administration × every role but ADMIN (and nobody signed in): refused by the
 * service, whatever screen asks, and nothing written. The chief officer, who may write nothing at all, is among them.
 */
@DatabaseTest
@Transactional
class OnlyAdministratorsManageUsersTest {

    @Autowired AdminUserService service;
    @Autowired UserDetailsService users;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0} may not read or change accounts")
    @ValueSource(strings = {"hmicfrs", "iopc", "surrey", "devon", "chief.surrey", "npcc.cse"})
    @NullSource
    void everyoneButAnAdministratorIsRefused(String username) {
        SignIn.as(users, username);
        long target = dsl.select(APP_USER.ID, APP_USER.VERSION).from(APP_USER).where(APP_USER.USERNAME.eq("devon")).fetchSingle().value1();
        int version = dsl.select(APP_USER.VERSION).from(APP_USER).where(APP_USER.ID.eq(target)).fetchSingle().value1();
        int usersBefore = dsl.fetchCount(APP_USER);
        int eventsBefore = dsl.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> service.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.organisationsFor(Role.FORCE_LEAD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(new NewUser("intruder", "Intruder", "i@example.invalid", Role.ADMIN, null,
                "copper-lighthouse-fjord"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeRole(target, Role.ADMIN, null, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(target, "copper-lighthouse-fjord", version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deactivate(target, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reactivate(target, version)).isInstanceOf(AccessDeniedException.class);

        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(usersBefore);
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(eventsBefore);
        assertThat(dsl.select(APP_USER.ROLE, APP_USER.ENABLED, APP_USER.VERSION).from(APP_USER).where(APP_USER.ID.eq(target))
                .fetchSingle().intoList()).containsExactly(Role.FORCE_LEAD, true, version);
    }
}
