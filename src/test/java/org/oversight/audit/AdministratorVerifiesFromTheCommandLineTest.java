package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.transaction.annotation.Transactional;

/** java -jar oversight-tracker.jar --oversight.audit.verify prints the result and exits 0 or 2. */
@DatabaseTest
@Transactional
class AdministratorVerifiesFromTheCommandLineTest {

    @Autowired AuditVerifyCommand command;
    @Autowired AuditLog audit;
    @Autowired DSLContext dsl;

    @Test
    void anIntactTrailPrintsTheHeadAndExitsZero() {
        audit.record("TEST_EVENT", "report", 9101L, null, Map.of("n", 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = command.verifyAndPrint(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("The audit trail is intact").contains("with hash");
    }

    @Test
    void aTamperedTrailNamesTheEventAndExitsTwo() {
        audit.record("TEST_EVENT", "report", 9102L, null, Map.of("n", 1));
        audit.record("TEST_EVENT", "report", 9102L, null, Map.of("n", 2));
        long changed = dsl.select(org.jooq.impl.DSL.min(AUDIT_EVENT.ID)).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(9102L))
                .fetchSingle().value1();
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ENTITY_ID, 1L).where(AUDIT_EVENT.ID.eq(changed)).execute();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = command.verifyAndPrint(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("broken at event " + changed);
    }

    @Test
    void theOptionIsRecognisedWithOrWithoutAValue() {
        assertThat(AuditVerifyMode.requested(env("--oversight.audit.verify"))).isTrue();
        assertThat(AuditVerifyMode.requested(env("--oversight.audit.verify=true"))).isTrue();
        assertThat(AuditVerifyMode.requested(env("--oversight.audit.verify=false"))).isFalse();
        assertThat(AuditVerifyMode.requested(env("--server.port=8080"))).isFalse();
    }

    private static StandardEnvironment env(String arg) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arg));
        return env;
    }
}
