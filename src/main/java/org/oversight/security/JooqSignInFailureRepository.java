package org.oversight.security;

import static org.oversight.db.Tables.SIGN_IN_FAILURE;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Wrong passwords per account and source, for the sign-in throttle. Rows exist only for real accounts. */
@Repository
public class JooqSignInFailureRepository {

    private final DSLContext dsl;

    JooqSignInFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Until when this source is refused for this account, if it is now. */
    public Optional<OffsetDateTime> blockedUntil(String username, String source, OffsetDateTime now) {
        return dsl.select(SIGN_IN_FAILURE.BLOCKED_UNTIL).from(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.USERNAME.eq(username), SIGN_IN_FAILURE.SOURCE.eq(source),
                        SIGN_IN_FAILURE.BLOCKED_UNTIL.gt(now))
                .fetchOptional(SIGN_IN_FAILURE.BLOCKED_UNTIL);
    }

    /** Counts one more failure from the source (in the database, so that failures at once all count); @return the count */
    @Transactional(propagation = Propagation.MANDATORY)
    public int countFailure(String username, String source, OffsetDateTime now) {
        int updated = dsl.update(SIGN_IN_FAILURE)
                .set(SIGN_IN_FAILURE.FAILURES, SIGN_IN_FAILURE.FAILURES.plus(1))
                .set(SIGN_IN_FAILURE.LAST_FAILED_AT, now)
                .where(SIGN_IN_FAILURE.USERNAME.eq(username), SIGN_IN_FAILURE.SOURCE.eq(source)).execute();
        if (updated == 0) {
            dsl.insertInto(SIGN_IN_FAILURE)
                    .set(SIGN_IN_FAILURE.USERNAME, username).set(SIGN_IN_FAILURE.SOURCE, source)
                    .set(SIGN_IN_FAILURE.FAILURES, 1).set(SIGN_IN_FAILURE.LAST_FAILED_AT, now)
                    .onDuplicateKeyUpdate().set(SIGN_IN_FAILURE.FAILURES, SIGN_IN_FAILURE.FAILURES.plus(1))
                    .set(SIGN_IN_FAILURE.LAST_FAILED_AT, now)
                    .execute();
        }
        return dsl.select(SIGN_IN_FAILURE.FAILURES).from(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.USERNAME.eq(username), SIGN_IN_FAILURE.SOURCE.eq(source))
                .fetchSingle(SIGN_IN_FAILURE.FAILURES);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void block(String username, String source, OffsetDateTime until) {
        dsl.update(SIGN_IN_FAILURE).set(SIGN_IN_FAILURE.BLOCKED_UNTIL, until)
                .where(SIGN_IN_FAILURE.USERNAME.eq(username), SIGN_IN_FAILURE.SOURCE.eq(source)).execute();
    }

    /** How many different sources failed for this account since the given time: many means an attack. */
    public int sourcesFailingSince(String username, OffsetDateTime since) {
        return dsl.fetchCount(SIGN_IN_FAILURE, SIGN_IN_FAILURE.USERNAME.eq(username), SIGN_IN_FAILURE.LAST_FAILED_AT.ge(since));
    }

    /** After a successful sign-in from the source: that source starts afresh (the others' failures stay). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(String username, String source) {
        dsl.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME.eq(username), SIGN_IN_FAILURE.SOURCE.eq(source)).execute();
    }

    /** When an administrator lifts a lock: every source starts afresh. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetAll(String username) {
        dsl.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME.eq(username)).execute();
    }
}
