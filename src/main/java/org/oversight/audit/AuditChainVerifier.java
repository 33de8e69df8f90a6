package org.oversight.audit;

import org.oversight.base.i18n.Messages;
import static org.oversight.db.Tables.AUDIT_CHAIN_HEAD;
import static org.oversight.db.Tables.AUDIT_EVENT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the audit hash chain from the first event and names the first link that does not hold: an event whose
 * content no longer matches its hash, an event that does not follow the one before it (one was removed or put in
 * between), or a chain whose last event is not the one the chain head recorded (events were removed from the end).
 * Whoever can rewrite both the events and the head can still rewrite history; printing {@link Result#headHash()}
 * somewhere else from time to time (a ticket, a log shipped off the server) closes that gap.
 */
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
        // the head first: events appended while we read are after it and are left for the next run
        var head = dsl.select(AUDIT_CHAIN_HEAD.LAST_EVENT_ID, AUDIT_CHAIN_HEAD.LAST_HASH).from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1)).fetchSingle();
        Long headEventId = head.get(AUDIT_CHAIN_HEAD.LAST_EVENT_ID);
        String headHash = head.get(AUDIT_CHAIN_HEAD.LAST_HASH);
        String expectedPrev = GENESIS;
        Long lastId = null;
        long checked = 0;
        var upToHead = headEventId == null ? AUDIT_EVENT.ID.isNull() : AUDIT_EVENT.ID.le(headEventId);
        try (var cursor = dsl.selectFrom(AUDIT_EVENT).where(upToHead).orderBy(AUDIT_EVENT.ID).fetchSize(500).fetchLazy()) {
            for (var e : cursor) {
                AuditEventContent content = new AuditEventContent(e.getOccurredAt(), e.getUserId(), e.getUsername(),
                        e.getAction(), e.getEntityType(), e.getEntityId(), e.getBeforeJson(), e.getAfterJson(), e.getCorrelationId());
                if (!e.getPrevHash().equals(expectedPrev)) {
                    return broken(checked, headEventId, headHash, e.getId(), Messages.t("audit.chain.out-of-order"));
                }
                if (!content.hash(expectedPrev).equals(e.getHash())) {
                    return broken(checked, headEventId, headHash, e.getId(), Messages.t("audit.chain.changed"));
                }
                expectedPrev = e.getHash();
                lastId = e.getId();
                checked++;
            }
        }
        if (headEventId != null && !headEventId.equals(lastId)) {
            return broken(checked, headEventId, headHash, headEventId, Messages.t("audit.chain.missing",
                    lastId == null ? "none" : String.valueOf(lastId)));
        }
        if (!expectedPrev.equals(headHash)) {
            return broken(checked, headEventId, headHash, headEventId == null ? 0 : headEventId,
                    Messages.t("audit.chain.head-differs"));
        }
        return new Result(checked, Optional.empty(), headEventId, headHash);
    }

    private static Result broken(long checked, Long headEventId, String headHash, long eventId, String why) {
        return new Result(checked, Optional.of(new Broken(eventId, why)), headEventId, headHash);
    }

    /**
     * @param headEventId the last event according to the chain head (null while the trail is empty)
     * @param headHash    the hash of that event: note it outside the database to anchor the chain
     */
    public record Result(long eventsChecked, Optional<Broken> firstBroken, Long headEventId, String headHash) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }

        /** One line a person reads, in the view and on the command line. */
        public String summary() {
            return firstBroken.map(b -> Messages.t("audit.chain.broken", String.valueOf(b.eventId()), b.why(),
                            eventsChecked, String.valueOf(eventsChecked)))
                    .orElse(Messages.t("audit.chain.intact", eventsChecked, String.valueOf(eventsChecked),
                            headEventId == null ? "none" : String.valueOf(headEventId), String.valueOf(headHash)));
        }
    }

    public record Broken(long eventId, String why) {
    }
}
