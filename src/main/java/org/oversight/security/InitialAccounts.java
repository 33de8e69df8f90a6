package org.oversight.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.oversight.base.DemoMode;
import org.oversight.security.JooqUserAccountRepository.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that must exist at start outside demo mode (in demo mode the demo package makes its accounts): an admin,
 * whose first password comes from configuration (oversight.admin.initial-password, held to the same
 * {@link PasswordPolicy} as every other password), and only if none exists.
 */
@Component
@Order(10)
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final DemoMode demoMode;
    private final JooqUserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String initialAdminPassword;
    private final PasswordPolicy passwordPolicy;

    InitialAccounts(DemoMode demoMode, JooqUserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
                    @Value("${oversight.admin.initial-password:}") String initialAdminPassword, PasswordPolicy passwordPolicy) {
        this.passwordPolicy = passwordPolicy;
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (demoMode.enabled()) {
            return; // the demo's accounts are made by the demo package
        }
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (initialAdminPassword == null || initialAdminPassword.isBlank()) {
            log.warn("No administrator exists. Set OVERSIGHT_ADMIN_PASSWORD (oversight.admin.initial-password) and restart "
                    + "to create the account 'admin'.");
            return;
        }
        var weakness = passwordPolicy.problem(initialAdminPassword, "admin", "Administrator");
        if (weakness.isPresent()) {
            log.error("OVERSIGHT_ADMIN_PASSWORD (oversight.admin.initial-password) is not accepted: {} "
                    + "No administrator was created; choose another and restart.", weakness.get());
            return;
        }
        accounts.insert(new NewAccount("admin", "Administrator", null, encoder.encode(initialAdminPassword), Role.ADMIN, null), now);
        log.info("Created the administrator account 'admin' with the configured initial password.");
    }
}
