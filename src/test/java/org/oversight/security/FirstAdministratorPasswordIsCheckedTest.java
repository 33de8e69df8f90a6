package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.ORGANISATION;

import java.time.Clock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.DemoMode;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Outside demo mode the first administrator's password comes from configuration and must pass the policy too. */
@DatabaseTest
@Transactional
class FirstAdministratorPasswordIsCheckedTest {

    @Autowired JooqUserAccountRepository accounts;
    @Autowired DSLContext dsl;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired PasswordPolicy policy;

    @BeforeEach
    void noAdministratorYet() {
        long hmicfrs = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq("HMICFRS")).fetchSingle().value1();
        dsl.update(APP_USER).set(APP_USER.ROLE, Role.WATCHDOG).set(APP_USER.ORGANISATION_ID, hmicfrs).set(APP_USER.USERNAME, DSL.concat(DSL.inline("former."), APP_USER.USERNAME))
                .where(APP_USER.ROLE.eq(Role.ADMIN)).execute();
    }

    @Test
    void aWeakConfiguredPasswordCreatesNoAdministrator() {
        start("admin123");

        assertThat(dsl.fetchExists(APP_USER, APP_USER.ROLE.eq(Role.ADMIN))).isFalse();
    }

    @Test
    void aStrongConfiguredPasswordCreatesTheAdministrator() {
        start("granite-swallow-harbour-11");

        assertThat(dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq("admin"), APP_USER.ROLE.eq(Role.ADMIN))
                .fetchSingle().value1()).startsWith("{bcrypt}");
    }

    private void start(String configuredPassword) {
        DemoMode off = new DemoMode(new MockEnvironment().withProperty("oversight.demo.enabled", "false"));
        new InitialAccounts(off, accounts, encoder, clock, configuredPassword, policy).run(new DefaultApplicationArguments());
    }
}
