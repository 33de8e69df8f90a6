package org.oversight.recommendation;

import org.oversight.base.i18n.Messages;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.oversight.audit.AuditLog;
import org.oversight.recommendation.internal.JooqItemCountLedger;
import org.oversight.recommendation.internal.JooqStatusTrendLedger;
import org.oversight.recommendation.internal.JooqRegisterTally;
import org.oversight.recommendation.internal.JooqVerifiedSpanLedger;
import org.oversight.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens one tracked item per recipient of a recommendation (a recommendation to every force becomes 44 items, each
 * with its own status and dates), and moves their response deadline when the report's facts are corrected. Runs
 * inside the caller's transaction; the caller (the report service) has checked who may do this.
 */
@Component
public class RecommendationFanOut {


    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ItemDates itemDates;
    private final ApplicationEventPublisher events;
    private final JooqStatusTrendLedger trend;
    private final JooqItemCountLedger counts;
    private final JooqVerifiedSpanLedger spans;
    private final JooqRegisterTally tally;

    RecommendationFanOut(DSLContext dsl, CurrentUser currentUser, AuditLog audit, Clock clock, ItemDates itemDates,
                         ApplicationEventPublisher events, JooqStatusTrendLedger trend,
            JooqItemCountLedger counts, JooqVerifiedSpanLedger spans, JooqRegisterTally tally) {
        this.spans = spans;
        this.tally = tally;
        this.itemDates = itemDates;
        this.events = events;
        this.trend = trend;
        this.counts = counts;
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens an item for each recipient, status OPEN, with its first history entry; returns the new items' ids. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> open(long recommendationId, Collection<Long> recipientIds, LocalDate responseDueOn) {
        long userId = currentUser.require().id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate dueOn = CurrentDeadline.of(Status.OPEN, responseDueOn, null);
        var tr = TRACKED_RECOMMENDATION;
        List<Long> ids = new ArrayList<>();
        for (long recipientId : recipientIds) {
            long id = dsl.insertInto(tr)
                    .set(tr.RECOMMENDATION_ID, recommendationId)
                    .set(tr.RECIPIENT_ID, recipientId)
                    .set(tr.STATUS, Status.OPEN)
                    .set(tr.STATUS_CHANGED_AT, now)
                    .set(tr.RESPONSE_DUE_ON, responseDueOn)
                    .set(tr.DUE_ON, dueOn)
                    .returning(tr.ID).fetchOne(tr.ID);
            counts.added(id);
            dsl.insertInto(STATUS_CHANGE)
                    .set(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID, id)
                    .set(STATUS_CHANGE.TO_STATUS, Status.OPEN)
                    .set(STATUS_CHANGE.CHANGED_AT, now)
                    .set(STATUS_CHANGE.CHANGED_BY, userId)
                    .set(STATUS_CHANGE.REASON, Messages.t("recommendation.history.recorded"))
                    .execute();
            trend.record(id, null, Status.OPEN, now);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("recommendationId", recommendationId);
            after.put("recipientId", recipientId);
            after.put("status", Status.OPEN.name());
            after.put("responseDueOn", String.valueOf(responseDueOn));
            audit.record("CREATE", "tracked_recommendation", id, null, after);
            ids.add(id);
        }
        events.publishEvent(new ItemsMoved(ids));
        return ids;
    }

    /** A step of an item's past: who moved it (null when nobody on record) from which status to which, when and why. */
    public record PastStep(Status from, Status to, OffsetDateTime at, Long by, String reason) {
    }

    /**
     * An item that arrives with its history (the demo's story; another tracker's records): its status now, its
     * dates, and the steps that led there, oldest first.
     */
    public record PastItem(long recommendationId, long recipientId, Status status, LocalDate responseDueOn,
                           LocalDate targetOn, String completionSummary, LocalDate closedOn, List<PastStep> steps) {
    }

    /** Opens an item that already has a history; its current deadline is derived as for any other item. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long openWithHistory(PastItem item) {
        var tr = TRACKED_RECOMMENDATION;
        PastStep last = item.steps().getLast();
        long id = dsl.insertInto(tr)
                .set(tr.RECOMMENDATION_ID, item.recommendationId())
                .set(tr.RECIPIENT_ID, item.recipientId())
                .set(tr.STATUS, item.status())
                .set(tr.STATUS_CHANGED_AT, last.at())
                .set(tr.RESPONSE_DUE_ON, item.responseDueOn())
                .set(tr.TARGET_ON, item.targetOn())
                .set(tr.DUE_ON, CurrentDeadline.of(item.status(), item.responseDueOn(), item.targetOn()))
                .set(tr.COMPLETION_SUMMARY, item.completionSummary())
                .set(tr.CLOSED_ON, item.closedOn())
                .returning(tr.ID).fetchOne(tr.ID);
        counts.added(id);
        for (PastStep step : item.steps()) {
            dsl.insertInto(STATUS_CHANGE)
                    .set(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID, id)
                    .set(STATUS_CHANGE.FROM_STATUS, step.from())
                    .set(STATUS_CHANGE.TO_STATUS, step.to())
                    .set(STATUS_CHANGE.CHANGED_AT, step.at())
                    .set(STATUS_CHANGE.CHANGED_BY, step.by())
                    .set(STATUS_CHANGE.REASON, step.reason())
                    .execute();
            trend.record(id, step.from(), step.to(), step.at());
        }
        return id;
    }

    /**
     * Sets a new response deadline on every item of the recommendation (the report's date or kind was corrected),
     * keeping each item's current deadline in step with its status.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveResponseDeadline(long recommendationId, LocalDate responseDueOn) {
        var tr = TRACKED_RECOMMENDATION;
        for (ItemDates.Current item : dsl.select(ItemDates.current()).from(tr).where(tr.RECOMMENDATION_ID.eq(recommendationId))
                .fetch(Record1::value1)) {
            itemDates.move(item, responseDueOn, item.targetOn(), ItemDates.Cause.REPORT_CORRECTED);
        }
    }

    /**
     * Runs {@code write}, which may correct the report's publication date, keeping the dashboard's verified spans
     * (days from publication to a verified close, decision 0127) and the register's items by month of publication
     * (decision 0132) in step in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T correctingPublication(long reportId, Supplier<T> write) {
        return spans.republishing(reportId, () -> tally.republishing(reportId, write));
    }
}
