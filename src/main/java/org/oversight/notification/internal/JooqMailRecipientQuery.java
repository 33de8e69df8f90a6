package org.oversight.notification.internal;

import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.ORGANISATION;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Component;

/** The people who can receive e-mail: enabled accounts with an address. */
@Component
public class JooqMailRecipientQuery {

    /** A person who receives mail, with the scope their account has. */
    public record Person(long id, String username, String displayName, String email, Role role, Long organisationId,
                         String organisationName) {

        /** The same scope their sign-in would have, for the queries that decide what their digest lists. */
        public SignedInUser asUser() {
            return new SignedInUser(id, username, displayName, role, organisationId, organisationName, null, true, false);
        }
    }

    private final DSLContext dsl;

    JooqMailRecipientQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Person> all() {
        return select(APP_USER.EMAIL.isNotNull().and(APP_USER.EMAIL.ne("")));
    }

    /** The account behind a calendar feed, mailable or not. */
    public Optional<Person> byId(long userId) {
        return select(APP_USER.ID.eq(userId)).stream().findFirst();
    }

    private List<Person> select(Condition condition) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.ROLE,
                        APP_USER.ORGANISATION_ID, ORGANISATION.NAME)
                .from(APP_USER).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(APP_USER.ENABLED.isTrue()).and(condition)
                .orderBy(APP_USER.ID)
                .fetch(Records.mapping(Person::new));
    }
}
