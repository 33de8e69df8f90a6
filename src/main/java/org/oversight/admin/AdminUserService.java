package org.oversight.admin;

import org.oversight.base.export.Column;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.admin.internal.JooqUserAdminRepository;
import org.oversight.audit.AuditLog;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.i18n.Messages;
import org.oversight.security.ApiTokenStore;
import org.oversight.security.CurrentUser;
import org.oversight.security.PasswordPolicy;
import org.oversight.security.Role;
import org.oversight.security.SignedInSessions;
import org.oversight.security.SignedInUser;
import org.oversight.security.JooqSignInFailureRepository;
import org.oversight.security.JooqUserAccountRepository;
import org.oversight.security.JooqUserAccountRepository.NewAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration, for administrators only (checked here on every method, whatever screen calls it). Every
 * change is audited; accounts are deactivated, never deleted, so their history keeps its names. A change that
 * alters what a person may do (role, deactivation, new password) ends their open sessions.
 */
@Service
@Transactional
public class AdminUserService {

    private final JooqUserAdminRepository users;
    private final JooqUserAccountRepository accounts;
    private final JooqSignInFailureRepository signInFailures;
    private final NewUserCheck check;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final SignedInSessions sessions;
    private final ApiTokenStore apiTokens;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AdminUserService(JooqUserAdminRepository users, JooqUserAccountRepository accounts,
                     JooqSignInFailureRepository signInFailures, NewUserCheck check,
                     PasswordPolicy passwordPolicy, PasswordEncoder encoder, SignedInSessions sessions, ApiTokenStore apiTokens,
                     AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.apiTokens = apiTokens;
        this.users = users;
        this.accounts = accounts;
        this.signInFailures = signInFailures;
        this.check = check;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        admin();
        return users.all();
    }

    /** Headings are message keys, written in the reader's language when the file is made. */
    static final Table<UserAccount> EXPORT = Table.of("admin.users.empty",
            Column.text("admin.users.name", UserAccount::displayName),
            Column.text("admin.export.user-name", UserAccount::username),
            Column.text("admin.export.email", UserAccount::email),
            Column.text("admin.users.role", a -> a.role().label()),
            Column.text("admin.users.acts-for", UserAccount::organisationName),
            Column.text("admin.users.status", a -> Messages.t(a.enabled() ? "admin.users.active" : "admin.users.deactivated")),
            Column.number("admin.export.failed-sign-ins", UserAccount::failedLogins),
            Column.dateTime("admin.export.locked-until", UserAccount::lockedUntil));

    /** Every account, as the list shows them; administrators only. Passwords are never part of it. */
    @Transactional(readOnly = true)
    public long export(TableWriter out) {
        List<UserAccount> all = list();
        return EXPORT.write(out, all::forEach);
    }

    /** The organisations an account with this role may act for (none for ADMIN). */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisationsFor(Role role) {
        admin();
        return role == null || role.organisationKind() == null ? List.of() : users.organisationsOfKind(role.organisationKind());
    }

    /** @return the new account's id */
    public long create(NewUser user) {
        admin();
        NewUser clean = check.valid(user);
        long id = accounts.insert(new NewAccount(clean.username(), clean.displayName(), clean.email(),
                encoder.encode(clean.password()), clean.role(), clean.organisationId()), OffsetDateTime.now(clock));
        audit.record("USER_CREATED", "app_user", id, null, describe(clean.username(), clean.displayName(), clean.email(),
                clean.role(), clean.organisationId()));
        return id;
    }

    public void changeRole(long id, Role role, Long organisationId, int expectedVersion) {
        SignedInUser admin = admin();
        UserAccount before = existing(id);
        notOwnAccount(admin, before, "admin.rule.own-role");
        check.roleAndScope(role, organisationId);
        Long scope = role == Role.ADMIN ? null : organisationId;
        if (!users.changeRole(id, expectedVersion, role, scope)) {
            throw changed(before);
        }
        audit.record("USER_ROLE_CHANGED", "app_user", id, Map.of("role", before.role().name(), "organisationId", str(before.organisationId())),
                Map.of("role", role.name(), "organisationId", str(scope), "sessionsEnded", sessions.endAllOf(before.username())));
    }

    public void resetPassword(long id, String newPassword, int expectedVersion) {
        admin();
        UserAccount before = existing(id);
        passwordPolicy.check("password", newPassword, before.username(), before.displayName(), before.email());
        if (!users.changePassword(id, expectedVersion, encoder.encode(newPassword))) {
            throw changed(before);
        }
        signInFailures.forgetAll(before.username());
        audit.record("USER_PASSWORD_RESET", "app_user", id,
                Map.of("failedLogins", before.failedLogins(), "locked", before.lockedAt(OffsetDateTime.now(clock))),
                Map.of("failedLogins", 0, "locked", false, "sessionsEnded", sessions.endAllOf(before.username())));
    }

    /** Lifts a lock before it runs out (the owner was told of it by mail); every source starts afresh. */
    public void unlock(long id, int expectedVersion) {
        admin();
        UserAccount before = existing(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!before.lockedAt(now)) {
            throw new RuleViolationException(Messages.t("admin.rule.not-locked", before.displayName()));
        }
        if (!users.unlock(id, expectedVersion)) {
            throw changed(before);
        }
        signInFailures.forgetAll(before.username());
        audit.record("USER_UNLOCKED", "app_user", id,
                Map.of("failedLogins", before.failedLogins(), "lockedUntil", before.lockedUntil().toInstant().toString()),
                Map.of("failedLogins", 0, "locked", false));
    }

    /** The person can no longer sign in, and their open sessions end; their history stays. */
    public void deactivate(long id, int expectedVersion) {
        SignedInUser admin = admin();
        UserAccount before = existing(id);
        notOwnAccount(admin, before, "admin.rule.own-account");
        setEnabled(before, expectedVersion, false);
    }

    public void reactivate(long id, int expectedVersion) {
        admin();
        setEnabled(existing(id), expectedVersion, true);
    }

    private void setEnabled(UserAccount before, int expectedVersion, boolean enabled) {
        if (before.enabled() == enabled) {
            throw new RuleViolationException(enabled ? Messages.t("admin.rule.already-active", before.displayName())
                    : Messages.t("admin.rule.already-deactivated", before.displayName()));
        }
        if (!users.setEnabled(before.id(), expectedVersion, enabled)) {
            throw changed(before);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enabled", enabled);
        if (!enabled) {
            after.put("sessionsEnded", sessions.endAllOf(before.username()));
            // API tokens stop with the account, and stay revoked if it is reactivated (api package)
            after.put("apiTokensRevoked", apiTokens.revokeAllOf(before.id(), OffsetDateTime.now(clock)));
        }
        audit.record(enabled ? "USER_REACTIVATED" : "USER_DEACTIVATED", "app_user", before.id(), Map.of("enabled", !enabled), after);
    }

    private SignedInUser admin() {
        return currentUser.requireRole(Role.ADMIN);
    }

    private UserAccount existing(long id) {
        return users.find(id).orElseThrow(() -> new RuleViolationException(Messages.t("admin.rule.no-account", String.valueOf(id))));
    }

    /** @param refusal the message key of the refusal */
    private static void notOwnAccount(SignedInUser admin, UserAccount target, String refusal) {
        if (admin.id() == target.id()) {
            throw new RuleViolationException(Messages.t(refusal));
        }
    }

    private static ConcurrentEditException changed(UserAccount before) {
        return new ConcurrentEditException(Messages.t("admin.rule.account", before.displayName()), null, null);
    }

    private static Map<String, Object> describe(String username, String displayName, String email, Role role, Long orgId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("email", email);
        m.put("role", role.name());
        m.put("organisationId", orgId);
        return m;
    }

    private static String str(Long id) {
        return id == null ? "none" : id.toString();
    }
}
