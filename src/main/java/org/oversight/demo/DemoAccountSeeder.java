package org.oversight.demo;

import static org.oversight.db.Tables.ORGANISATION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.oversight.audit.AuditLog;
import org.oversight.base.DemoMode;
import org.oversight.base.FirstStartLock;
import org.oversight.security.JooqUserAccountRepository;
import org.oversight.security.JooqUserAccountRepository.Credentials;
import org.oversight.security.JooqUserAccountRepository.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, makes each of the {@link DemoAccounts} that does not exist yet (password "demo"); insert-if-absent,
 * under the {@link FirstStartLock}, so that two nodes starting at once on an empty database make one set. Outside demo mode, deactivates every demo
 * account (known by its {@code @demo.oversight.invalid} e-mail) that still has the published password, with a
 * warning naming it in the log and a record in the audit trail: outside demo mode no account has a known password.
 * Runs once every bean is made and before the web server starts (so before the application reports that it has
 * started, and before any sign-in can be tried), and so before {@code security.InitialAccounts}, which then sees
 * that no administrator can sign in.
 */
@Component
class DemoAccountSeeder implements SmartInitializingSingleton {

    static final String DEMO_MAIL_DOMAIN = "@demo.oversight.invalid";
    private static final Logger log = LoggerFactory.getLogger(DemoAccountSeeder.class);

    private final DemoMode demoMode;
    private final JooqUserAccountRepository accounts;
    private final DSLContext dsl;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final FirstStartLock firstStart;
    private final TransactionTemplate tx;

    DemoAccountSeeder(DemoMode demoMode, JooqUserAccountRepository accounts, DSLContext dsl, PasswordEncoder encoder,
                      AuditLog audit, Clock clock, FirstStartLock firstStart, TransactionTemplate tx) {
        this.firstStart = firstStart;
        this.tx = tx;
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.dsl = dsl;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        firstStart.runAlone(() -> tx.executeWithoutResult(status -> seed()));
    }

    private void seed() {
        if (!demoMode.enabled()) {
            deactivateDemoAccountsWithTheDemoPassword();
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String hash = null; // hashed only when an account is missing: on most starts every one exists already
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            if (!accounts.exists(a.username())) {
                hash = hash != null ? hash : encoder.encode(DemoAccounts.PASSWORD);
                Long orgId = a.organisationCode() == null ? null
                        : dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(a.organisationCode()))
                                .fetchSingle(ORGANISATION.ID);
                accounts.insertIfAbsent(new NewAccount(a.username(), a.displayName(), a.email(), hash, a.role(), orgId), now);
            }
        }
    }

    private void deactivateDemoAccountsWithTheDemoPassword() {
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            Credentials c = accounts.credentials(a.username()).orElse(null);
            if (c == null || !c.enabled() || c.email() == null || !c.email().endsWith(DEMO_MAIL_DOMAIN)
                    || !encoder.matches(DemoAccounts.PASSWORD, c.passwordHash())) {
                continue;
            }
            if (accounts.deactivate(c.userId())) {
                log.warn("Demo mode is off, but the demo account '{}' still has the published demo password: it is now "
                        + "deactivated. An administrator may give it a new password and reactivate it.", c.username());
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("enabled", false);
                after.put("reason", "demo account with the published demo password, demo mode off");
                audit.record("DEMO_ACCOUNT_DEACTIVATED", "app_user", c.userId(), Map.of("enabled", true), after);
            }
        }
    }
}
