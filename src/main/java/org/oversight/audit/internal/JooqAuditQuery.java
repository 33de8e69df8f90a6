package org.oversight.audit.internal;

import static org.oversight.db.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.AuditFilter;
import org.springframework.stereotype.Repository;

/** Reads the audit trail, newest first. Read-only: the only writer of audit_event is AuditLog. */
@Repository
public class JooqAuditQuery {

    private final DSLContext dsl;

    public JooqAuditQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @param hiddenEntityTypes entity types the reader may not see (e.g. account events for watchdog staff)
     */
    public List<AuditEntry> page(AuditFilter filter, List<String> hiddenEntityTypes, ZoneId zone, int offset, int limit) {
        return select()
                .where(where(filter, hiddenEntityTypes, zone))
                .orderBy(AUDIT_EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(Records.mapping(AuditEntry::new));
    }

    public int count(AuditFilter filter, List<String> hiddenEntityTypes, ZoneId zone) {
        return dsl.fetchCount(AUDIT_EVENT, where(filter, hiddenEntityTypes, zone));
    }

    /** Streams every matching event to the consumer without loading them all at once (for the CSV export). */
    public void forEach(AuditFilter filter, List<String> hiddenEntityTypes, ZoneId zone, Consumer<AuditEntry> consumer) {
        try (var cursor = select()
                .where(where(filter, hiddenEntityTypes, zone))
                .orderBy(AUDIT_EVENT.ID.desc())
                .fetchSize(500).fetchLazy()) {
            var mapper = Records.mapping(AuditEntry::new);
            cursor.forEach(r -> consumer.accept(mapper.map(r)));
        }
    }

    public List<String> usernames(List<String> hiddenEntityTypes) {
        return dsl.selectDistinct(AUDIT_EVENT.USERNAME).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.USERNAME.isNotNull(), visible(hiddenEntityTypes))
                .orderBy(AUDIT_EVENT.USERNAME).fetch(AUDIT_EVENT.USERNAME);
    }

    public List<String> entityTypes(List<String> hiddenEntityTypes) {
        return dsl.selectDistinct(AUDIT_EVENT.ENTITY_TYPE).from(AUDIT_EVENT)
                .where(visible(hiddenEntityTypes))
                .orderBy(AUDIT_EVENT.ENTITY_TYPE).fetch(AUDIT_EVENT.ENTITY_TYPE);
    }

    private SelectJoinStep<Record10<Long, OffsetDateTime, String, String, String, Long, String, String, String, String>> select() {
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.USERNAME, AUDIT_EVENT.ACTION,
                AUDIT_EVENT.ENTITY_TYPE, AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.BEFORE_JSON, AUDIT_EVENT.AFTER_JSON,
                AUDIT_EVENT.CORRELATION_ID, AUDIT_EVENT.HASH).from(AUDIT_EVENT);
    }

    private static Condition visible(List<String> hiddenEntityTypes) {
        return hiddenEntityTypes.isEmpty() ? DSL.noCondition() : AUDIT_EVENT.ENTITY_TYPE.notIn(hiddenEntityTypes);
    }

    private static Condition where(AuditFilter f, List<String> hiddenEntityTypes, ZoneId zone) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(visible(hiddenEntityTypes));
        if (f.username() != null) {
            conditions.add(AUDIT_EVENT.USERNAME.eq(f.username()));
        }
        if (f.entityType() != null) {
            conditions.add(AUDIT_EVENT.ENTITY_TYPE.eq(f.entityType()));
        }
        if (f.entityId() != null) {
            conditions.add(AUDIT_EVENT.ENTITY_ID.eq(f.entityId()));
        }
        if (f.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(f.from().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (f.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        return DSL.and(conditions);
    }
}
