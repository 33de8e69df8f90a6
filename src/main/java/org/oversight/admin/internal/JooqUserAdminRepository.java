package org.oversight.admin.internal;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.ORGANISATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record11;
import org.jooq.Records;
import org.oversight.admin.OrganisationChoice;
import org.oversight.admin.UserAccount;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.security.Role;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes accounts for the administrator. Every change checks the version the administrator saw and
 * bumps it, so two administrators editing one account cannot overwrite each other unnoticed.
 */
@Repository
public class JooqUserAdminRepository {

    private final DSLContext dsl;

    public JooqUserAdminRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<UserAccount> all() {
        return select(org.jooq.impl.DSL.noCondition()).orderBy(APP_USER.DISPLAY_NAME, APP_USER.USERNAME).fetch(Records.mapping(UserAccount::new));
    }

    public Optional<UserAccount> find(long id) {
        return select(APP_USER.ID.eq(id)).fetchOptional(Records.mapping(UserAccount::new));
    }

    public boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.equalIgnoreCase(username));
    }

    // Role (security, a layer below the register's OrganisationRef.Kind) names an organisation's kind as text.
    public List<OrganisationChoice> organisationsOfKind(String kind) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.KIND.eq(OrganisationRef.Kind.valueOf(kind)))
                .orderBy(ORGANISATION.NAME).fetch(Records.mapping(OrganisationChoice::new));
    }

    /** @return the kind of the organisation, empty if there is no such organisation */
    public Optional<String> organisationKind(long organisationId) {
        return dsl.select(ORGANISATION.KIND).from(ORGANISATION).where(ORGANISATION.ID.eq(organisationId))
                .fetchOptional(ORGANISATION.KIND).map(Enum::name);
    }

    /** @return false when the account is no longer at the expected version */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeRole(long id, int expectedVersion, Role role, Long organisationId) {
        return dsl.update(APP_USER).set(APP_USER.ROLE, role).set(APP_USER.ORGANISATION_ID, organisationId)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id), APP_USER.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** Sets a new password hash and lifts any lockout. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changePassword(long id, int expectedVersion, String passwordHash) {
        return dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.LOCKED_UNTIL, (OffsetDateTime) null).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id), APP_USER.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** Lifts a lockout: no failures counted, no lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean unlock(long id, int expectedVersion) {
        return dsl.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).set(APP_USER.LOCKED_UNTIL, (OffsetDateTime) null)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id), APP_USER.VERSION.eq(expectedVersion)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setEnabled(long id, int expectedVersion, boolean enabled) {
        return dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id), APP_USER.VERSION.eq(expectedVersion)).execute() == 1;
    }

    private org.jooq.SelectConditionStep<Record11<Long, String, String, String, Role, Long, String, Boolean, Integer, OffsetDateTime, Integer>> select(
            Condition condition) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.ROLE,
                        APP_USER.ORGANISATION_ID, ORGANISATION.NAME, APP_USER.ENABLED, APP_USER.FAILED_LOGINS,
                        APP_USER.LOCKED_UNTIL, APP_USER.VERSION)
                .from(APP_USER).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(condition);
    }
}
