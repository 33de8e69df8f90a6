package org.oversight.security;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.ORGANISATION;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.oversight.db.tables.records.AppUserRecord;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes user accounts; writes only inside a service's transaction. */
@Repository
public class JooqUserAccountRepository {

    private final DSLContext dsl;

    public JooqUserAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<SignedInUser> findByUsername(String username, OffsetDateTime now) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE, APP_USER.ORGANISATION_ID,
                        ORGANISATION.NAME, APP_USER.PASSWORD_HASH, APP_USER.ENABLED, APP_USER.LOCKED_UNTIL, APP_USER.VERSION)
                .from(APP_USER)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(Records.mapping((id, name, displayName, role, organisationId, organisationName,
                                                passwordHash, enabled, lockedUntil, version) -> new SignedInUser(id, name,
                        displayName, role, organisationId, organisationName, passwordHash, enabled,
                        lockedUntil != null && lockedUntil.isAfter(now), version)));
    }

    /** What a signed-in session is checked against on its requests: one row by primary key, four small columns. */
    public Optional<AccountCheck.Stamp> stamp(long id) {
        return dsl.select(APP_USER.ENABLED, APP_USER.VERSION, APP_USER.ROLE, APP_USER.ORGANISATION_ID).from(APP_USER)
                .where(APP_USER.ID.eq(id)).fetchOptional(Records.mapping(AccountCheck.Stamp::new));
    }

    public boolean exists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public boolean anyWithRole(Role role) {
        return dsl.fetchExists(APP_USER, APP_USER.ROLE.eq(role));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(NewAccount account, OffsetDateTime now) {
        return inserting(account, now).returning(APP_USER.ID).fetchOne(APP_USER.ID);
    }

    private InsertSetMoreStep<AppUserRecord> inserting(NewAccount account, OffsetDateTime now) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, account.username())
                .set(APP_USER.DISPLAY_NAME, account.displayName())
                .set(APP_USER.EMAIL, account.email())
                .set(APP_USER.PASSWORD_HASH, account.passwordHash())
                .set(APP_USER.ROLE, account.role())
                .set(APP_USER.ORGANISATION_ID, account.organisationId())
                .set(APP_USER.CREATED_AT, now);
    }

    /**
     * Inserts the account unless one with its user name exists already (another node starting at the same moment may
     * have made it): no duplicate-key failure, whoever commits first wins.
     *
     * @return the new account's id, or empty if the name was taken
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> insertIfAbsent(NewAccount account, OffsetDateTime now) {
        return inserting(account, now).onDuplicateKeyIgnore().returning(APP_USER.ID).fetchOptional(APP_USER.ID);
    }

    /** Whether any administrator could sign in (an active account; a lock runs out or is lifted). */
    public boolean anyActiveAdministrator() {
        return dsl.fetchExists(APP_USER, APP_USER.ROLE.eq(Role.ADMIN), APP_USER.ENABLED.isTrue());
    }

    /** The stored credentials of an account, to find accounts whose password is publicly known. */
    public Optional<Credentials> credentials(String username) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.EMAIL, APP_USER.PASSWORD_HASH, APP_USER.ENABLED)
                .from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(Records.mapping(Credentials::new));
    }

    /** Deactivates an account (it keeps its history); @return whether it was active */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deactivate(long userId) {
        return dsl.update(APP_USER).set(APP_USER.ENABLED, false).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId), APP_USER.ENABLED.isTrue()).execute() > 0;
    }

    /** The sign-in counters of an account, for the lockout rule. */
    public Optional<LoginState> loginState(String username) {
        return dsl.select(APP_USER.ID, APP_USER.FAILED_LOGINS, APP_USER.LOCKED_UNTIL).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(Records.mapping(LoginState::new));
    }

    /**
     * Counts one more failed sign-in in the database itself (so that two failures at once both count) and returns the
     * new state. A lock that has run out starts the count afresh.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LoginState countFailure(long userId, OffsetDateTime now) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, DSL.when(APP_USER.LOCKED_UNTIL.le(now), DSL.inline(1))
                        .otherwise(APP_USER.FAILED_LOGINS.plus(1)))
                .set(APP_USER.LOCKED_UNTIL, DSL.when(APP_USER.LOCKED_UNTIL.le(now), DSL.castNull(APP_USER.LOCKED_UNTIL))
                        .otherwise(APP_USER.LOCKED_UNTIL))
                .where(APP_USER.ID.eq(userId)).execute();
        return dsl.select(APP_USER.ID, APP_USER.FAILED_LOGINS, APP_USER.LOCKED_UNTIL).from(APP_USER)
                .where(APP_USER.ID.eq(userId)).fetchSingle(Records.mapping(LoginState::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lockUntil(long userId, OffsetDateTime until) {
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, until).where(APP_USER.ID.eq(userId)).execute();
    }

    /** After a successful sign-in (or a password reset): no failures, no lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean clearFailures(long userId) {
        return dsl.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).set(APP_USER.LOCKED_UNTIL, (OffsetDateTime) null)
                .where(APP_USER.ID.eq(userId), APP_USER.FAILED_LOGINS.ne(0).or(APP_USER.LOCKED_UNTIL.isNotNull()))
                .execute() > 0;
    }

    public record Credentials(long userId, String username, String email, String passwordHash, boolean enabled) {
    }

    public record LoginState(long userId, int failedLogins, OffsetDateTime lockedUntil) {
    }

    /** A new account, password already hashed. */
    public record NewAccount(String username, String displayName, String email, String passwordHash, Role role,
                             Long organisationId) {
    }
}
