package org.oversight.testsupport;

import static org.oversight.db.Tables.APP_USER;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.oversight.security.JooqUserAccountRepository;
import org.oversight.security.JooqUserAccountRepository.NewAccount;
import org.oversight.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** For tests that commit (HTTP, {@link OwnDatabase}): an account of the test's own, with a password it knows. */
@Component
public class CommittedAccounts {

    private final JooqUserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final DSLContext dsl;
    private final Clock clock;

    CommittedAccounts(JooqUserAccountRepository accounts, PasswordEncoder encoder, TransactionTemplate tx, DSLContext dsl,
                      Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tx = tx;
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Makes the administrator account once, and makes sure it is active (an earlier test may have deactivated it). */
    public void activeAdministrator(String username, String displayName, String password) {
        tx.executeWithoutResult(s -> {
            if (!accounts.exists(username)) {
                accounts.insert(new NewAccount(username, displayName, null, encoder.encode(password), Role.ADMIN, null),
                        OffsetDateTime.now(clock));
            }
            dsl.update(APP_USER).set(APP_USER.ENABLED, true).where(APP_USER.USERNAME.eq(username)).execute();
        });
    }
}
