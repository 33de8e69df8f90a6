package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Administrators read the whole trail; watchdog staff all but account events; nobody else any of it. */
@DatabaseTest
@Transactional
class WhoReadsTheAuditTrailTest {

    @Autowired AuditTrailService trail;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService users;

    @BeforeEach
    void someEvents() {
        audit.record("TEST_EVENT", "report", 9201L, null, Map.of("title", "An inspection"));
        audit.recordForAccount("LOGIN_FAILED", null, "mallory", Map.of("reason", "no such account"));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0} may not read the audit trail")
    @ValueSource(strings = {"surrey", "devon", "npcc.cse", "chief.surrey"})
    @NullSource
    void othersMayNotReadItVerifyItOrExportIt(String username) {
        SignIn.as(users, username);

        assertThatThrownBy(() -> trail.page(AuditFilter.ALL, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.usernames()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.entityTypes()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.export(AuditFilter.ALL, new org.oversight.base.export.CsvTableWriter(new StringWriter()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.verifyChain()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.check(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorReadsEveryEventIncludingSignIns() {
        SignIn.as(users, "admin");

        assertThat(trail.page(AuditFilter.ALL.withUsername("mallory"), 0, 10)).extracting(AuditEntry::action).contains("LOGIN_FAILED");
        assertThat(trail.page(new AuditFilter(null, "report", 9201L, null, null), 0, 10)).hasSize(1);
        assertThat(trail.entityTypes()).contains(AuditTrailService.ACCOUNT_ENTITY, "report");
        assertThat(trail.verifyChain().intact()).isTrue();
    }

    @ParameterizedTest(name = "{0} reads the register's events but not account events")
    @ValueSource(strings = {"hmicfrs", "iopc"})
    void watchdogStaffReadTheRegisterButNotAccountEvents(String username) {
        SignIn.as(users, username);

        assertThat(trail.page(new AuditFilter(null, "report", 9201L, null, null), 0, 10)).hasSize(1);
        assertThat(trail.page(AuditFilter.ALL.withUsername("mallory"), 0, 10)).isEmpty();
        assertThat(trail.count(AuditFilter.ALL.withEntityType(AuditTrailService.ACCOUNT_ENTITY))).isZero();
        assertThat(trail.entityTypes()).doesNotContain(AuditTrailService.ACCOUNT_ENTITY);
        assertThat(trail.usernames()).doesNotContain("mallory");
        StringWriter csv = new StringWriter();
        trail.export(AuditFilter.ALL, new org.oversight.base.export.CsvTableWriter(csv));
        assertThat(csv.toString()).contains("TEST_EVENT").doesNotContain("mallory");
        assertThat(trail.verifyChain().intact()).isTrue();
    }
}
