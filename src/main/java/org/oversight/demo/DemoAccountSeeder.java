package org.oversight.demo;

import static org.oversight.db.Tables.ORGANISATION;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.oversight.base.DemoMode;
import org.oversight.security.JooqUserAccountRepository;
import org.oversight.security.JooqUserAccountRepository.NewAccount;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** In demo mode, makes each of the {@link DemoAccounts} that does not exist yet (password "demo"). */
@Component
@Order(10)
class DemoAccountSeeder implements ApplicationRunner {

    private final DemoMode demoMode;
    private final JooqUserAccountRepository accounts;
    private final DSLContext dsl;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccountSeeder(DemoMode demoMode, JooqUserAccountRepository accounts, DSLContext dsl, PasswordEncoder encoder,
                      Clock clock) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.dsl = dsl;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String hash = encoder.encode(DemoAccounts.PASSWORD);
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            if (!accounts.exists(a.username())) {
                Long orgId = a.organisationCode() == null ? null
                        : dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(a.organisationCode()))
                                .fetchSingle(ORGANISATION.ID);
                accounts.insert(new NewAccount(a.username(), a.displayName(), a.email(), hash, a.role(), orgId), now);
            }
        }
    }
}
