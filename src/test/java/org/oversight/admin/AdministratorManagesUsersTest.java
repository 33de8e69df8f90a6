package org.oversight.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.ORGANISATION;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("admin")
class AdministratorManagesUsersTest {

    static final String PASSWORD = "copper-lighthouse-fjord";

    @Autowired AdminUserService service;
    @Autowired AuthenticationConfiguration authConfig;
    @Autowired UserDetailsService userDetails;
    @Autowired SessionRegistry sessions;
    @Autowired DSLContext dsl;

    @Test
    void createsAForceLeadWhoCanSignInAndTheCreationIsAudited() throws Exception {
        long id = service.create(new NewUser(" jo.bloggs ", "Jo Bloggs", "jo.bloggs@devon.police.invalid", Role.FORCE_LEAD,
                org("DEVON_CORNWALL"), PASSWORD));

        UserAccount jo = account(id);
        assertThat(jo.username()).isEqualTo("jo.bloggs");
        assertThat(jo.roleAndScope()).isEqualTo("Force lead · Devon and Cornwall Police");
        assertThat(dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle().value1())
                .startsWith("{bcrypt}").doesNotContain(PASSWORD);
        SignedInUser signedIn = (SignedInUser) signIn("jo.bloggs", PASSWORD).getPrincipal();
        assertThat(signedIn.organisationId()).isEqualTo(org("DEVON_CORNWALL"));
        assertThat(auditActions(id)).contains("USER_CREATED");
        assertThat(dsl.select(AUDIT_EVENT.AFTER_JSON).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(id),
                AUDIT_EVENT.ACTION.eq("USER_CREATED")).fetchSingle().value1()).contains("\"role\":\"FORCE_LEAD\"").doesNotContain(PASSWORD);
    }

    @Test
    void theScopeMustMatchTheRole() {
        assertThatThrownBy(() -> service.create(new NewUser("wrong.scope", "Wrong Scope", "w@example.invalid", Role.WATCHDOG,
                org("SURREY"), PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("organisation"))
                        .contains("watchdog"));
        assertThatThrownBy(() -> service.create(new NewUser("no.scope", "No Scope", "n@example.invalid", Role.NATIONAL_LEAD,
                null, PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("organisation"));
        assertThat(service.organisationsFor(Role.NATIONAL_LEAD)).extracting(OrganisationChoice::name)
                .contains("NPCC lead for child sexual exploitation").doesNotContain("Surrey Police");
        assertThat(service.organisationsFor(Role.ADMIN)).isEmpty();
    }

    @Test
    void changesARoleAndScopeEndingTheirOpenSessions() {
        UserAccount devon = byUsername("devon");
        sessions.registerNewSession("devon-session", userDetails.loadUserByUsername("devon"));

        service.changeRole(devon.id(), Role.CHIEF_OFFICER, org("DEVON_CORNWALL"), devon.version());

        assertThat(account(devon.id()).roleAndScope()).isEqualTo("Chief officer · Devon and Cornwall Police");
        assertThat(sessions.getSessionInformation("devon-session").isExpired()).isTrue();
        assertThat(auditActions(devon.id())).contains("USER_ROLE_CHANGED");
        assertThatThrownBy(() -> service.changeRole(devon.id(), Role.FORCE_LEAD, org("DEVON_CORNWALL"), devon.version()))
                .as("a second administrator working from the old version").isInstanceOf(ConcurrentEditException.class);
        sessions.removeSessionInformation("devon-session");
    }

    @Test
    void resetsAPasswordCheckingItAndLiftingALockout() throws Exception {
        UserAccount iopc = byUsername("iopc");
        dsl.update(APP_USER).set(APP_USER.FAILED_LOGINS, 5).set(APP_USER.LOCKED_UNTIL, OffsetDateTime.now().plusMinutes(10))
                .where(APP_USER.ID.eq(iopc.id())).execute();

        assertThatThrownBy(() -> service.resetPassword(iopc.id(), "iopc12345678", iopc.version()))
                .isInstanceOf(InvalidInputException.class);
        service.resetPassword(iopc.id(), PASSWORD, iopc.version());

        assertThat(signIn("iopc", PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn("iopc", "demo")).isInstanceOf(BadCredentialsException.class);
        assertThat(account(iopc.id()).lockedUntil()).isNull();
        assertThat(auditActions(iopc.id())).contains("USER_PASSWORD_RESET");
    }

    @Test
    void deactivatesSoTheyCannotSignInWhileTheirHistoryStays() throws Exception {
        UserAccount surrey = byUsername("surrey");
        int historyBefore = auditActions(surrey.id()).size();

        service.deactivate(surrey.id(), surrey.version());

        assertThatThrownBy(() -> signIn("surrey", "demo")).isInstanceOf(DisabledException.class);
        assertThat(account(surrey.id()).enabled()).isFalse();
        assertThat(service.list()).extracting(UserAccount::username).contains("surrey");
        assertThat(auditActions(surrey.id())).hasSizeGreaterThan(historyBefore).contains("USER_DEACTIVATED");

        service.reactivate(surrey.id(), account(surrey.id()).version());
        assertThat(signIn("surrey", "demo").isAuthenticated()).isTrue();
    }

    @Test
    void anAdministratorCannotDeactivateOrDemoteThemselves() {
        UserAccount me = byUsername("admin");

        assertThatThrownBy(() -> service.deactivate(me.id(), me.version())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("another administrator");
        assertThatThrownBy(() -> service.changeRole(me.id(), Role.WATCHDOG, org("HMICFRS"), me.version()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(account(me.id()).enabled()).isTrue();
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) throws Exception {
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        return manager.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private UserAccount account(long id) {
        return service.list().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private UserAccount byUsername(String username) {
        return service.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private long org(String code) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(code)).fetchSingle().value1();
    }

    private List<String> auditActions(long userId) {
        return dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("app_user"),
                AUDIT_EVENT.ENTITY_ID.eq(userId)).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION);
    }
}
