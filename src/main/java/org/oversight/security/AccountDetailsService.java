package org.oversight.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of our accounts: the principal it builds is a {@link SignedInUser}. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final JooqUserAccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(JooqUserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return accounts.findByUsername(username, OffsetDateTime.now(clock))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username)); // i18n-ok: Spring answers it as a wrong password
    }
}
