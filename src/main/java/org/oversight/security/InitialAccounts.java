package org.oversight.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.base.DemoMode;
import org.oversight.base.FirstStartLock;
import org.oversight.security.JooqUserAccountRepository.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts that must exist at start outside demo mode (in demo mode the demo package makes its accounts): an admin,
 * whose first password comes from configuration (oversight.admin.initial-password, held to the same
 * {@link PasswordPolicy} as every other password), and only if no active administrator exists. The account is
 * 'admin', or 'administrator' if a (deactivated) 'admin' is there already, such as the demo's. Its creation is
 * audited; insert-if-absent, so two nodes starting at once make one. Without a usable password nobody can
 * administer the application: the log says so, and so does the sign-in page ({@link SignInNotices}).
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
    private final ApplicationEventPublisher events;
    private final FirstStartLock firstStart;
    private final TransactionTemplate tx;

    InitialAccounts(DemoMode demoMode, JooqUserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
                    @Value("${oversight.admin.initial-password:}") String initialAdminPassword, PasswordPolicy passwordPolicy,
                    ApplicationEventPublisher events, FirstStartLock firstStart, TransactionTemplate tx) {
        this.firstStart = firstStart;
        this.tx = tx;
        this.passwordPolicy = passwordPolicy;
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.initialAdminPassword = initialAdminPassword;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            return; // the demo's accounts are made by the demo package
        }
        firstStart.runAlone(() -> tx.executeWithoutResult(status -> makeTheFirstAdministrator()));
    }

    private void makeTheFirstAdministrator() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (accounts.anyActiveAdministrator()) {
            return;
        }
        if (initialAdminPassword == null || initialAdminPassword.isBlank()) {
            log.warn("No administrator can sign in. Set OVERSIGHT_ADMIN_PASSWORD (oversight.admin.initial-password) and "
                    + "restart to create the first administrator."); // i18n-ok: a log line
            return;
        }
        String username = accounts.exists("admin") ? "administrator" : "admin";
        var weakness = passwordPolicy.problem(initialAdminPassword, username, "Administrator"); // i18n-ok: the account's stored name
        if (weakness.isPresent()) {
            log.error("OVERSIGHT_ADMIN_PASSWORD (oversight.admin.initial-password) is not accepted: {} "
                    + "No administrator was created, and nobody can sign in as one; choose another and restart.", weakness.get()); // i18n-ok: a log line
            return;
        }
        var id = accounts.insertIfAbsent(new NewAccount(username, "Administrator", null, // i18n-ok: the account's stored name
                encoder.encode(initialAdminPassword), Role.ADMIN, null), now);
        if (id.isEmpty()) {
            log.info("The account '{}' exists already (made by another node starting at the same time).", username);
            return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("role", Role.ADMIN.name());
        after.put("password", "from oversight.admin.initial-password"); // i18n-ok: a setting's name, kept in the audit trail
        events.publishEvent(new AccountChange("FIRST_ADMINISTRATOR_CREATED", id.get(), username, null, after));
        log.info("Created the administrator account '{}' with the configured initial password.", username);
    }
}
