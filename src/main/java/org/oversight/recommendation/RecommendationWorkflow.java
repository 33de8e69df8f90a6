package org.oversight.recommendation;

import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.audit.AuditLog;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.Text;
import org.oversight.recommendation.internal.JooqItemCountLedger;
import org.oversight.recommendation.internal.JooqStatusTrendLedger;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves tracked recommendations through their life. Every rule — which move from which status, by whom, with what
 * reason — is checked here, whatever screen asked; every move is kept in status_change and the audit trail.
 */
@Service
@Transactional
public class RecommendationWorkflow {

    static final int MAX_REASON = 4000;

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JooqStatusTrendLedger trend;
    private final JooqItemCountLedger counts;
    private final ReportLock reportLock;

    RecommendationWorkflow(DSLContext dsl, CurrentUser currentUser, AuditLog audit, Clock clock,
                           ApplicationEventPublisher events, JooqStatusTrendLedger trend,
            JooqItemCountLedger counts, ReportLock reportLock) {
        this.reportLock = reportLock;
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.trend = trend;
        this.counts = counts;
    }

    /** The moves the signed-in user may make on this item now; empty for read-only users. */
    @Transactional(readOnly = true)
    public List<Transition> available(long trackedId) {
        SignedInUser user = currentUser.require();
        ItemState item = load(trackedId);
        return Arrays.stream(Transition.values())
                .filter(t -> t.allowedFrom(item.status()) && mayAct(user, t, item))
                .toList();
    }

    /**
     * Makes one move on one item, if the item is still at the version the user saw. The item's report is locked
     * before the item is read ({@link ReportLock}): a correction of the report at the same moment comes first or after.
     *
     * @param reason the reason (required for returning, closing and reopening) or, for CLAIM_COMPLETE, the summary
     */
    public Status apply(long trackedId, Transition transition, String reason, int expectedVersion) {
        SignedInUser user = currentUser.require();
        reportLock.ofItems(List.of(trackedId));
        ItemState item = load(trackedId);
        if (item.version() != expectedVersion) {
            throw concurrentEdit(trackedId);
        }
        return move(user, item, transition, reason);
    }

    /**
     * Makes the same move on several items as part of a larger change (e.g. a plan submitted for all the items it
     * answers); the caller's own version check covers them.
     */
    public void applyAll(List<Long> trackedIds, Transition transition, String reason) {
        SignedInUser user = currentUser.require();
        reportLock.ofItems(trackedIds);
        for (long id : trackedIds) {
            ItemState item = load(id);
            if (transition.allowedFrom(item.status())) {
                move(user, item, transition, reason);
            }
        }
    }

    private Status move(SignedInUser user, ItemState item, Transition t, String reason) {
        if (!mayAct(user, t, item)) {
            throw new AccessDeniedException(t.actor() == Transition.Actor.WATCHDOG
                    ? Messages.t("recommendation.rule.only-watchdog", lower(t.label()))
                    : Messages.t("recommendation.rule.only-recipient", lower(t.label())));
        }
        if (!t.allowedFrom(item.status())) {
            throw new RuleViolationException(Messages.t("recommendation.rule.not-now", t.label(),
                    lower(item.status().label())));
        }
        String cleanReason = reason == null ? null : Text.clean(reason);
        if (t.reasonRequired() && (cleanReason == null || cleanReason.isEmpty())) {
            throw new InvalidInputException("reason", t == Transition.CLAIM_COMPLETE
                    ? Messages.t("recommendation.rule.say-what-was-done") : Messages.t("recommendation.rule.give-reason"));
        }
        if (cleanReason != null && cleanReason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", Messages.t("recommendation.rule.reason-too-long", MAX_REASON));
        }
        Status to = t == Transition.REOPEN && !everAccepted(item.id()) ? Status.PLAN_AWAITED : t.to();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        var tr = TRACKED_RECOMMENDATION;
        int updated = counts.change(item.id(), () -> dsl.update(tr)
                .set(tr.STATUS, to)
                .set(tr.STATUS_CHANGED_AT, now)
                .set(tr.DUE_ON, CurrentDeadline.of(to, item.responseDueOn(), item.targetOn()))
                .set(tr.CLOSED_ON, to.isClosed() ? today : null)
                .set(tr.COMPLETION_SUMMARY, t == Transition.CLAIM_COMPLETE ? cleanReason : item.completionSummary())
                .set(tr.REOPEN_COUNT, item.reopenCount() + (t == Transition.REOPEN ? 1 : 0))
                .set(tr.VERSION, item.version() + 1)
                .where(tr.ID.eq(item.id()).and(tr.VERSION.eq(item.version())))
                .execute());
        if (updated == 0) {
            throw concurrentEdit(item.id());
        }
        dsl.insertInto(STATUS_CHANGE)
                .set(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID, item.id())
                .set(STATUS_CHANGE.FROM_STATUS, item.status())
                .set(STATUS_CHANGE.TO_STATUS, to)
                .set(STATUS_CHANGE.CHANGED_AT, now)
                .set(STATUS_CHANGE.CHANGED_BY, user.id())
                .set(STATUS_CHANGE.REASON, cleanReason)
                .execute();
        trend.record(item.id(), item.status(), to, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        after.put("transition", t.name());
        if (cleanReason != null) {
            after.put("reason", cleanReason);
        }
        audit.record("STATUS_CHANGE", "tracked_recommendation", item.id(), Map.of("status", item.status().name()), after);
        HandoffKind.ofItemMove(t).ifPresent(kind -> events.publishEvent(Handoff.onItem(kind, user.id(), item.id(), cleanReason)));
        events.publishEvent(new ItemsMoved(List.of(item.id())));
        return to;
    }

    private static String lower(String label) {
        return label.toLowerCase(Language.current().locale());
    }

    private boolean mayAct(SignedInUser user, Transition t, ItemState item) {
        return switch (t.actor()) {
            case WATCHDOG -> user.is(Role.WATCHDOG) && user.actsFor(item.watchdogId());
            case RECIPIENT -> user.role().answersRecommendations() && user.actsFor(item.recipientId());
        };
    }

    private boolean everAccepted(long trackedId) {
        return dsl.fetchExists(STATUS_CHANGE, STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(trackedId)
                .and(STATUS_CHANGE.TO_STATUS.eq(Status.PLAN_ACCEPTED)));
    }

    private ConcurrentEditException concurrentEdit(long trackedId) {
        return dsl.select(APP_USER.DISPLAY_NAME, STATUS_CHANGE.CHANGED_AT).from(STATUS_CHANGE)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(STATUS_CHANGE.CHANGED_BY))
                .where(STATUS_CHANGE.TRACKED_RECOMMENDATION_ID.eq(trackedId))
                .orderBy(STATUS_CHANGE.CHANGED_AT.desc(), STATUS_CHANGE.ID.desc()).limit(1)
                .fetchOptional(Records.mapping((by, at) -> new ConcurrentEditException(Messages.t("recommendation.rule.this-recommendation"), by, at)))
                .orElseGet(() -> new ConcurrentEditException(Messages.t("recommendation.rule.this-recommendation"), null, null));
    }

    private ItemState load(long trackedId) {
        var tr = TRACKED_RECOMMENDATION;
        return dsl.select(tr.ID, tr.STATUS, tr.VERSION, tr.RECIPIENT_ID, REPORT.WATCHDOG_ID, tr.RESPONSE_DUE_ON, tr.TARGET_ON,
                        tr.COMPLETION_SUMMARY, tr.REOPEN_COUNT)
                .from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(tr.ID.eq(trackedId))
                .fetchOptional(Records.mapping(ItemState::new))
                .filter(s -> ItemScope.of(currentUser.require()).includes(s.recipientId()))
                .orElseThrow(() -> new AccessDeniedException(Messages.t("recommendation.rule.not-yours", String.valueOf(trackedId))));
    }

    private record ItemState(long id, Status status, int version, long recipientId, long watchdogId, LocalDate responseDueOn,
                             LocalDate targetOn, String completionSummary, int reopenCount) {
    }
}
