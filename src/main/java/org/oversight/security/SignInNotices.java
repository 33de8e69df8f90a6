package org.oversight.security;

import org.springframework.dao.DataAccessException;
import java.util.Optional;
import org.oversight.base.i18n.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the sign-in page must tell everyone about the door itself; nothing in it is secret. */
@Service
@Transactional(readOnly = true)
public class SignInNotices {

    private final JooqUserAccountRepository accounts;

    SignInNotices(JooqUserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Present when no active administrator account exists (demo mode off and no usable first password). */
    public Optional<String> noAdministrator() {
        try {
            return accounts.anyActiveAdministrator() ? Optional.empty() : Optional.of(Messages.t("security.no-administrator"));
        } catch (DataAccessException e) {
            return Optional.empty(); // the database is away: the sign-in page still opens, and signing in says so
        }
    }
}
