package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Somebody with database access changes or removes audit events behind the application's back. */
@DatabaseTest
@Transactional
class AuditChainTamperingTest {

    @Autowired AuditLog audit;
    @Autowired AuditChainVerifier verifier;
    @Autowired DSLContext dsl;

    long first;
    long second;
    long last;

    @BeforeEach
    void threeEvents() {
        audit.record("TEST_CREATED", "report", 9001L, null, Map.of("title", "Child protection inspection"));
        audit.record("TEST_EDITED", "report", 9001L, Map.of("title", "Child protection inspection"), Map.of("title", "Child protection"));
        audit.record("TEST_CLOSED", "report", 9001L, Map.of("status", "OPEN"), Map.of("status", "CLOSED"));
        var ids = dsl.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_ID.eq(9001L))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ID);
        first = ids.get(0);
        second = ids.get(1);
        last = ids.get(2);
    }

    @Test
    void anUntouchedChainVerifiesUpToTheLastEvent() {
        AuditChainVerifier.Result result = verifier.verify();

        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.eventsChecked()).isGreaterThanOrEqualTo(3);
        assertThat(result.headEventId()).isEqualTo(last);
        assertThat(result.summary()).startsWith("The audit trail is intact");
    }

    @Test
    void aRowChangedDirectlyInTheDatabaseIsNamed() {
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.AFTER_JSON, "{\"title\":\"Nothing to see here\"}")
                .where(AUDIT_EVENT.ID.eq(second)).execute();

        AuditChainVerifier.Result result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).get().satisfies(b -> {
            assertThat(b.eventId()).isEqualTo(second);
            assertThat(b.why()).contains("content no longer matches its hash");
        });
        assertThat(result.summary()).contains("broken at event " + second);
    }

    @Test
    void aRowWhoseHashWasRecomputedStillBreaksTheNextLink() {
        // a careful forger recomputes the changed event's own hash; the next event still points at the old one
        var row = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(second)).fetchSingle();
        var forged = new AuditEventContent(row.getOccurredAt(), row.getUserId(), "someone.else", row.getAction(),
                row.getEntityType(), row.getEntityId(), row.getBeforeJson(), row.getAfterJson(), row.getCorrelationId());
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.USERNAME, "someone.else").set(AUDIT_EVENT.HASH, forged.hash(row.getPrevHash()))
                .where(AUDIT_EVENT.ID.eq(second)).execute();

        AuditChainVerifier.Result result = verifier.verify();

        assertThat(result.firstBroken()).get().extracting(AuditChainVerifier.Broken::eventId).isEqualTo(last);
    }

    @Test
    void anEventRemovedFromTheMiddleBreaksTheChainAtTheNextOne() {
        dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(second)).execute();

        AuditChainVerifier.Result result = verifier.verify();

        assertThat(result.firstBroken()).get().satisfies(b -> {
            assertThat(b.eventId()).isEqualTo(last);
            assertThat(b.why()).contains("does not follow the event before it");
        });
    }

    @Test
    void theLastEventRemovedIsDetectedThroughTheChainHead() {
        dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(last)).execute();

        AuditChainVerifier.Result result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).get().satisfies(b -> {
            assertThat(b.eventId()).isEqualTo(last);
            assertThat(b.why()).contains("removed from the end").contains("event " + second);
        });
    }

    @Test
    void theFirstEventsCheckedBeforeTheBreakAreCounted() {
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTION, "TEST_FORGED").where(AUDIT_EVENT.ID.eq(first)).execute();
        long before = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ID.lt(first));

        AuditChainVerifier.Result result = verifier.verify();

        assertThat(result.firstBroken()).get().extracting(AuditChainVerifier.Broken::eventId).isEqualTo(first);
        assertThat(result.eventsChecked()).isEqualTo(before);
    }
}
