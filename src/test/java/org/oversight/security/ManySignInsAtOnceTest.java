package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditChainVerifier;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many people sign in to one account at the same moment, each on a virtual thread as requests are served (the load
 * test's burst, docs/performance.md "Capacity"): every sign-in succeeds, each is audited once, and the audit chain
 * still verifies. Commits, so it has a database of its own.
 */
@DatabaseTest
@OwnDatabase
class ManySignInsAtOnceTest {

    static final String USER = "burst.subject";
    static final String PASSWORD = "kettle-orbit-lantern-9";
    static final int PEOPLE = 24;

    @Autowired AuthenticationConfiguration authConfig;
    @Autowired JooqUserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired DSLContext dsl;
    @Autowired Clock clock;
    @Autowired TransactionTemplate tx;
    @Autowired AuditChainVerifier chain;

    @Test
    void everySignInOfABurstSucceedsAndTheAuditChainStillVerifies() throws Exception {
        long userId = tx.execute(s -> SignInSubjects.surreyForceLead(accounts, encoder, dsl, clock, USER, "Burst Subject",
                "burst@example.invalid", PASSWORD));
        AuthenticationManager manager = authConfig.getAuthenticationManager();

        List<Future<Authentication>> signIns = new ArrayList<>();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < PEOPLE; i++) {
                signIns.add(requests.submit(() -> manager.authenticate(new UsernamePasswordAuthenticationToken(USER, PASSWORD))));
            }
            for (Future<Authentication> signIn : signIns) {
                assertThat(signIn.get().isAuthenticated()).isTrue();
                assertThat(((SignedInUser) signIn.get().getPrincipal()).id()).isEqualTo(userId);
            }
        }

        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.USER_ID.eq(userId).and(AUDIT_EVENT.ACTION.eq("LOGIN"))))
                .as("each sign-in audited once").isEqualTo(PEOPLE);
        AuditChainVerifier.Result result = chain.verify();
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.eventsChecked()).isGreaterThanOrEqualTo(PEOPLE);
    }
}
