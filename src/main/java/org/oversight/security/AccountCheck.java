package org.oversight.security;

import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a signed-in session may go on: the account still exists, is enabled, and has not been changed since the
 * person signed in (its version, which every administrator's change moves on, and its role and organisation). Asked
 * on a session's requests (app.SecurityConfig), so that a change made on one node ends the person's sessions on
 * every node, not only the in-memory ones of the node that made it ({@link SignedInSessions}).
 */
@Service
public class AccountCheck {

    /** The columns compared; read by primary key. */
    public record Stamp(boolean enabled, int version, Role role, Long organisationId) {
    }

    private final JooqUserAccountRepository accounts;

    AccountCheck(JooqUserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public boolean stillValid(SignedInUser user) {
        return accounts.stamp(user.id())
                .filter(s -> s.enabled() && s.version() == user.accountVersion() && s.role() == user.role()
                        && Objects.equals(s.organisationId(), user.organisationId()))
                .isPresent();
    }
}
