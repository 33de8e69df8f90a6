package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.demo.DemoAccounts;
import org.oversight.testsupport.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** Transactional: sign-ins now write counters and audit events, rolled back here so that no demo account drifts. */
@DatabaseTest
@org.springframework.transaction.annotation.Transactional
class DemoAccountsSignInTest {

    @Autowired
    AuthenticationConfiguration authConfig;

    static java.util.List<DemoAccounts.Account> accounts() {
        return DemoAccounts.ALL;
    }

    @ParameterizedTest(name = "{0} signs in with the demo password")
    @MethodSource("accounts")
    void eachDemoAccountSignsInWithDemo(DemoAccounts.Account account) throws Exception {
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        var auth = manager.authenticate(new UsernamePasswordAuthenticationToken(account.username(), "demo"));
        SignedInUser user = (SignedInUser) auth.getPrincipal();
        assertThat(user.role()).isEqualTo(account.role());
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_" + account.role().name());
        if (account.organisationCode() == null) {
            assertThat(user.organisationId()).isNull();
        } else {
            assertThat(user.organisationName()).isNotBlank();
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken("surrey", "not-demo")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void passwordsAreStoredHashedNotInClear(@Autowired org.jooq.DSLContext dsl) {
        var hashes = dsl.select(org.oversight.db.Tables.APP_USER.PASSWORD_HASH).from(org.oversight.db.Tables.APP_USER).fetch(0, String.class);
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2").doesNotContain("demo"));
    }

    /** The login page names each account's organisation by the words the reference data uses for it. */
    @Test
    void theLoginPageNamesEachOrganisationAsTheReferenceDataDoes(@Autowired org.jooq.DSLContext dsl) {
        var o = org.oversight.db.Tables.ORGANISATION;
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            if (a.organisationCode() == null) {
                assertThat(a.actsFor()).isNull();
                continue;
            }
            var names = dsl.select(o.NAME, o.SHORT_NAME).from(o).where(o.CODE.eq(a.organisationCode())).fetchSingle();
            assertThat(a.actsFor()).as(a.username()).isIn(names.value1(), names.value2());
        }
    }
}
