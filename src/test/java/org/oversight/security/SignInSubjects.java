package org.oversight.security;

import static org.oversight.db.Tables.ORGANISATION;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.oversight.security.JooqUserAccountRepository.NewAccount;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts of their own for the sign-in door's tests, so that no demo account's counters are touched. */
final class SignInSubjects {

    private SignInSubjects() {
    }

    /** A Surrey force lead with this password; @return the account's id */
    static long surreyForceLead(JooqUserAccountRepository accounts, PasswordEncoder encoder, DSLContext dsl, Clock clock,
                                String username, String displayName, String email, String password) {
        long surrey = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq("SURREY")).fetchSingle().value1();
        return accounts.insert(new NewAccount(username, displayName, email, encoder.encode(password), Role.FORCE_LEAD, surrey),
                OffsetDateTime.now(clock));
    }
}
