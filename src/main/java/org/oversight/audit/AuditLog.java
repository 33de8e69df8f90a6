package org.oversight.audit;

import static org.oversight.db.Tables.AUDIT_CHAIN_HEAD;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audit events in the caller's transaction, so an event exists exactly when its change does. Each event's
 * hash covers its content and the previous event's hash; the chain head's row lock makes appends from several
 * nodes take turns. There is deliberately no method to change or delete an event.
 */
@Service
public class AuditLog {

    private static final int USERNAME_LENGTH = AUDIT_EVENT.USERNAME.getDataType().length();

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(DSLContext dsl, CurrentUser currentUser, Clock clock) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change by the signed-in user (or the system, when nobody is signed in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, Object before, Object after) {
        SignedInUser user = currentUser.get().orElse(null);
        append(new AuditEventContent(now(), user == null ? null : user.id(), user == null ? "system" : user.getUsername(),
                action, entityType, entityId, AuditJson.write(before), AuditJson.write(after), MDC.get(CorrelationIdFilter.MDC_KEY)));
    }

    /**
     * Records an event about an account that is not (or not yet) signed in, such as a failed login, in the caller's
     * transaction (or its own when there is none, as during a sign-in). The user name is what was typed, so it is
     * cut to the column's length rather than refused: a failed login must always leave its trace.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordForAccount(String action, Long userId, String username, Object details) {
        append(new AuditEventContent(now(), userId, cut(username, USERNAME_LENGTH), action, "app_user", userId, null,
                AuditJson.write(details), MDC.get(CorrelationIdFilter.MDC_KEY)));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private void append(AuditEventContent event) {
        String prev = dsl.select(AUDIT_CHAIN_HEAD.LAST_HASH).from(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1))
                .forUpdate().fetchSingle(AUDIT_CHAIN_HEAD.LAST_HASH);
        String hash = event.hash(prev);
        long id = dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, event.occurredAt())
                .set(AUDIT_EVENT.USER_ID, event.userId())
                .set(AUDIT_EVENT.USERNAME, event.username())
                .set(AUDIT_EVENT.ACTION, event.action())
                .set(AUDIT_EVENT.ENTITY_TYPE, event.entityType())
                .set(AUDIT_EVENT.ENTITY_ID, event.entityId())
                .set(AUDIT_EVENT.BEFORE_JSON, event.beforeJson())
                .set(AUDIT_EVENT.AFTER_JSON, event.afterJson())
                .set(AUDIT_EVENT.CORRELATION_ID, event.correlationId())
                .set(AUDIT_EVENT.PREV_HASH, prev)
                .set(AUDIT_EVENT.HASH, hash)
                .returning(AUDIT_EVENT.ID).fetchOne(AUDIT_EVENT.ID);
        dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_HASH, hash).set(AUDIT_CHAIN_HEAD.LAST_EVENT_ID, id)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
    }

    /** Millisecond precision in UTC, so that the hash recomputed from what the database returns is the same. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
