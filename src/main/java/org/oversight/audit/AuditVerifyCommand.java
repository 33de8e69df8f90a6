package org.oversight.audit;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The administrator's command: {@code java -jar oversight-tracker.jar --oversight.audit.verify} checks the audit
 * chain, prints the result and exits (0 intact, 2 broken) without starting the web server or touching any data
 * (see {@link AuditVerifyMode}). It runs before every other start-up task, so demo data is never loaded by it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

    private final AuditChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!AuditVerifyMode.requested(context.getEnvironment())) {
            return;
        }
        int code = verifyAndPrint(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** @return the process exit code: 0 when the chain is intact, 2 when it is broken */
    int verifyAndPrint(PrintStream out) {
        AuditChainVerifier.Result result = verifier.verify();
        out.println(result.summary());
        return result.intact() ? 0 : 2;
    }
}
