package org.oversight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditLog;
import org.oversight.base.DemoMode;
import org.oversight.security.JooqUserAccountRepository;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** A database filled in demo mode, started again with demo mode off: the published "demo" password opens nothing. */
@DatabaseTest
@Transactional
class DemoAccountsEndWithDemoModeTest {

    @Autowired JooqUserAccountRepository accounts;
    @Autowired DSLContext dsl;
    @Autowired PasswordEncoder encoder;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired AuthenticationConfiguration authConfig;
    @Autowired org.oversight.base.FirstStartLock firstStart;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void demoAccountsWithTheDemoPasswordCannotSignInOnceDemoModeIsOff() throws Exception {
        var manager = authConfig.getAuthenticationManager();
        manager.authenticate(new UsernamePasswordAuthenticationToken("hmicfrs", DemoAccounts.PASSWORD)); // demo mode: works

        startWithDemoMode(false);

        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken(a.username(), DemoAccounts.PASSWORD)))
                    .as(a.username()).isInstanceOf(DisabledException.class);
        }
        assertThat(dsl.select(APP_USER.USERNAME).from(APP_USER).join(AUDIT_EVENT).on(AUDIT_EVENT.ENTITY_ID.eq(APP_USER.ID))
                .where(AUDIT_EVENT.ACTION.eq("DEMO_ACCOUNT_DEACTIVATED"), AUDIT_EVENT.ENTITY_TYPE.eq("app_user"))
                .fetch(APP_USER.USERNAME)).containsExactlyInAnyOrderElementsOf(
                        DemoAccounts.ALL.stream().map(DemoAccounts.Account::username).toList());
    }

    @Test
    void aDemoAccountGivenItsOwnPasswordStaysActiveAndARestartChangesNothingMore() {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, encoder.encode("quarry-lantern-osprey-7"))
                .where(APP_USER.USERNAME.eq("surrey")).execute();

        startWithDemoMode(false);
        startWithDemoMode(false);

        assertThat(dsl.select(APP_USER.ENABLED).from(APP_USER).where(APP_USER.USERNAME.eq("surrey")).fetchSingle().value1()).isTrue();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("DEMO_ACCOUNT_DEACTIVATED")))
                .isEqualTo(DemoAccounts.ALL.size() - 1);
    }

    @Test
    void inDemoModeTheDemoAccountsStayAsTheyAre() {
        startWithDemoMode(true);

        assertThat(dsl.fetchCount(APP_USER, APP_USER.EMAIL.endsWith("@demo.oversight.invalid"), APP_USER.ENABLED.isFalse())).isZero();
    }

    private void startWithDemoMode(boolean on) {
        DemoMode mode = new DemoMode(new MockEnvironment().withProperty("oversight.demo.enabled", String.valueOf(on)));
        new DemoAccountSeeder(mode, accounts, dsl, encoder, audit, clock, firstStart, tx).afterSingletonsInstantiated();
    }
}
