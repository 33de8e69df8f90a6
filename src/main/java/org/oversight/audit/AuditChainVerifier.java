package org.oversight.audit;

import static org.oversight.db.Tables.AUDIT_EVENT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the audit hash chain from the first event and names the first link that does not hold. */
@Service
public class AuditChainVerifier {

    static final String GENESIS = "0".repeat(64);

    private final DSLContext dsl;

    AuditChainVerifier(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @return the result: how many events were checked, and the first broken one if any */
    @Transactional(readOnly = true)
    public Result verify() {
        String expectedPrev = GENESIS;
        long checked = 0;
        try (var cursor = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchSize(500).fetchLazy()) {
            for (var e : cursor) {
                AuditEventContent content = new AuditEventContent(e.getOccurredAt(), e.getUserId(), e.getUsername(),
                        e.getAction(), e.getEntityType(), e.getEntityId(), e.getBeforeJson(), e.getAfterJson(), e.getCorrelationId());
                if (!e.getPrevHash().equals(expectedPrev)) {
                    return new Result(checked, Optional.of(new Broken(e.getId(), "it does not follow the event before it "
                            + "(an event was removed or reordered)")));
                }
                if (!content.hash(expectedPrev).equals(e.getHash())) {
                    return new Result(checked, Optional.of(new Broken(e.getId(), "its content no longer matches its hash "
                            + "(it was changed after it was written)")));
                }
                expectedPrev = e.getHash();
                checked++;
            }
        }
        return new Result(checked, Optional.empty());
    }

    public record Result(long eventsChecked, Optional<Broken> firstBroken) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    public record Broken(long eventId, String why) {
    }
}
