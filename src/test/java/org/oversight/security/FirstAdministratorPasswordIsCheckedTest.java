package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.AUDIT_EVENT;
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
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.oversight.base.FirstStartLock firstStart;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

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

    @Test
    void theFirstAdministratorsCreationIsAudited() {
        start("granite-swallow-harbour-11");

        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("FIRST_ADMINISTRATOR_CREATED")).fetchSingle();
        assertThat(event.getUsername()).isEqualTo("system");
        assertThat(event.getEntityId()).isEqualTo(dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("admin"))
                .fetchSingle().value1());
        assertThat(event.getAfterJson()).contains("\"role\":\"ADMIN\"").doesNotContain("granite");
    }

    @Test
    void aDeactivatedDemoAdminLeavesTheNameAdministratorToTheFirstAdministrator() {
        dsl.insertInto(APP_USER).set(APP_USER.USERNAME, "admin").set(APP_USER.DISPLAY_NAME, "Alex Admin")
                .set(APP_USER.PASSWORD_HASH, "{noop}x").set(APP_USER.ROLE, Role.ADMIN).set(APP_USER.ENABLED, false)
                .set(APP_USER.CREATED_AT, java.time.OffsetDateTime.now(clock)).execute();

        start("granite-swallow-harbour-11");

        assertThat(dsl.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ROLE.eq(Role.ADMIN), APP_USER.ENABLED.isTrue())
                .fetch(APP_USER.USERNAME)).containsExactly("administrator");
    }

    @Test
    void twoStartsMakeOneAdministrator() {
        start("granite-swallow-harbour-11");
        start("granite-swallow-harbour-11");

        assertThat(dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMIN), APP_USER.ENABLED.isTrue())).isEqualTo(1);
    }

    private void start(String configuredPassword) {
        DemoMode off = new DemoMode(new MockEnvironment().withProperty("oversight.demo.enabled", "false"));
        new InitialAccounts(off, accounts, encoder, clock, configuredPassword, policy, events, firstStart, tx).run(new DefaultApplicationArguments());
    }
}
