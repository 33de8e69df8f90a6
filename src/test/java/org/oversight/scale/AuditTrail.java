package org.oversight.scale;

import static org.oversight.db.Tables.AUDIT_CHAIN_HEAD;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jooq.DSLContext;
import org.oversight.audit.AuditEvents;

/**
 * The audit events of the generated history. They are collected while the history is drawn (report by report,
 * so out of time order), then sorted by time and appended to the hash chain in that order, continuing from the
 * chain's current head: the result verifies with {@code AuditChainVerifier} like a trail written live.
 */
final class AuditTrail {

    private record Pending(long atMillis, int seq, long userId, String username, String action, String entityType,
                           long entityId, String beforeJson, String afterJson) {
    }

    private final List<Pending> pending = new ArrayList<>();

    void add(OffsetDateTime at, People.Person by, String action, String entityType, long entityId, Object before,
             Object after) {
        pending.add(new Pending(at.toInstant().toEpochMilli(), pending.size(), by.id(), by.username(), action, entityType,
                entityId, AuditEvents.json(before), AuditEvents.json(after)));
    }

    int size() {
        return pending.size();
    }

    /**
     * Chains every collected event into the audit_event sink and moves the chain head to the last one, on the
     * sinks' own connection ({@code dsl} must use it), committing as it goes.
     */
    void appendTo(Sinks sinks, Ids ids, DSLContext dsl, long seed) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        pending.sort(Comparator.comparingLong(Pending::atMillis).thenComparingInt(Pending::seq));
        String prev = dsl.select(AUDIT_CHAIN_HEAD.LAST_HASH).from(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1))
                .fetchSingle(AUDIT_CHAIN_HEAD.LAST_HASH);
        // request ids as the application would have logged them, drawn from the seed so that reruns are identical
        SplittableRandom correlation = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long lastId = 0;
        for (Pending p : pending) {
            long id = ids.audit++;
            OffsetDateTime at = OffsetDateTime.ofInstant(Instant.ofEpochMilli(p.atMillis()), ZoneOffset.UTC);
            String correlationId = randomUuid(correlation);
            AuditEvents.Chained e = AuditEvents.chain(prev, at, p.userId(), p.username(), p.action(), p.entityType(),
                    p.entityId(), p.beforeJson(), p.afterJson(), correlationId);
            sinks.auditEvents.add(id, e.occurredAt(), e.userId(), e.username(), e.action(), e.entityType(), e.entityId(),
                    e.beforeJson(), e.afterJson(), e.correlationId(), e.prevHash(), e.hash());
            prev = e.hash();
            lastId = id;
            sinks.checkpointIfFull();
        }
        pending.clear();
        sinks.flush();
        dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_HASH, prev).set(AUDIT_CHAIN_HEAD.LAST_EVENT_ID, lastId)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
        sinks.checkpoint();
    }

    private static String randomUuid(SplittableRandom rng) {
        long hi = (rng.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
