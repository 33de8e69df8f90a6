package org.oversight.deadline;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.CLOCK_PAUSE;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Component;

/**
 * The deadline that matters now for each open item, in one query: tracked_recommendation.due_on while the
 * recipient owes a response or is implementing; the unmet IOPC publication clock while the IOPC owes publication.
 * An item whose response clock has a pause covering today is "paused": never due soon or overdue.
 */
@Component
public class JooqDeadlineQuery {

    private static final List<Status> RECIPIENT_OWES = List.of(Status.OPEN, Status.PLAN_AWAITED, Status.PLAN_ACCEPTED,
            Status.IN_PROGRESS);

    private final DSLContext dsl;

    public JooqDeadlineQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Deadline> list(DeadlineScope scope, DeadlineFilter filter, LocalDate today, int dueSoonDays,
                               int offset, int limit) {
        Parts p = new Parts(today);
        return p.from(dsl.select(p.tr.ID, REPORT.REFERENCE, REPORT.TITLE, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT,
                        p.tr.RECIPIENT_ID, p.recipient.NAME, REPORT.WATCHDOG_ID, p.watchdog.SHORT_NAME, p.tr.STATUS, p.due,
                        p.side, row(p.side, p.tr.STATUS, p.resp.RULE, p.tr.TARGET_ON).mapping(JooqDeadlineQuery::deliverable),
                        when(p.paused, inline(true)).otherwise(inline(false))))
                .where(p.owes(scope)).and(p.filter(filter, dueSoonDays))
                .orderBy(p.due.asc(), p.tr.ID.asc())
                .offset(offset).limit(limit)
                .fetch(Records.mapping(Deadline::new));
    }

    public int size(DeadlineScope scope, DeadlineFilter filter, LocalDate today, int dueSoonDays) {
        Parts p = new Parts(today);
        Field<Integer> items = count();
        return p.from(dsl.select(items)).where(p.owes(scope)).and(p.filter(filter, dueSoonDays)).fetchSingle(items);
    }

    public DeadlineCounts counts(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        Parts p = new Parts(today);
        return p.from(dsl.select(count().filterWhere(p.filter(DeadlineFilter.OVERDUE, dueSoonDays)),
                        count().filterWhere(p.filter(DeadlineFilter.DUE_SOON, dueSoonDays)),
                        count().filterWhere(p.paused)))
                .where(p.owes(scope))
                .fetchSingle(Records.mapping(DeadlineCounts::new));
    }

    /** Open (not closed) items in the scope, whether or not they have a deadline. */
    public int openItems(DeadlineScope scope) {
        var tr = TRACKED_RECOMMENDATION;
        Field<Integer> items = count();
        return dsl.select(items).from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(scope.items()).and(tr.STATUS.notIn(Status.CLOSED))
                .fetchSingle(items);
    }

    private static String deliverable(Deadline.Side side, Status status, ClockRule responseRule, LocalDate targetOn) {
        if (side == Deadline.Side.WATCHDOG) {
            return ClockLabels.deliverable(ClockRule.IOPC_PUBLICATION);
        }
        if (Status.PLAN_AGREED.contains(status) && targetOn != null) {
            return ClockLabels.deliverable(ClockRule.ACTION_TARGET);
        }
        return responseRule == null ? "response" : ClockLabels.deliverable(responseRule);
    }

    /** The joins and expressions shared by the list and the counts. */
    private static final class Parts {
        final org.oversight.db.tables.TrackedRecommendation tr = TRACKED_RECOMMENDATION;
        final org.oversight.db.tables.Organisation recipient = ORGANISATION.as("recipient");
        final org.oversight.db.tables.Organisation watchdog = ORGANISATION.as("watchdog");
        final org.oversight.db.tables.Clock resp = CLOCK.as("resp");
        final org.oversight.db.tables.Clock pub = CLOCK.as("pub");
        final Condition watchdogOwes = tr.STATUS.eq(Status.PLAN_SUBMITTED).and(pub.ID.isNotNull());
        // once a plan is agreed only a target date is a live deadline: CurrentDeadline falls back to the response
        // date when no target is set, but that response has been received
        final Condition recipientOwes = tr.STATUS.in(RECIPIENT_OWES).and(tr.DUE_ON.isNotNull())
                .and(tr.STATUS.notIn(Status.PLAN_ACCEPTED, Status.IN_PROGRESS).or(tr.TARGET_ON.isNotNull()));
        final Field<LocalDate> due = when(watchdogOwes, pub.DUE_ON).otherwise(tr.DUE_ON);
        final Field<Deadline.Side> side = when(watchdogOwes, inline(Deadline.Side.WATCHDOG.name()))
                .otherwise(inline(Deadline.Side.RECIPIENT.name())).convertFrom(Deadline.Side::valueOf);
        final Condition paused;
        final LocalDate today;

        Parts(LocalDate today) {
            this.today = today;
            this.paused = recipientOwes.and(exists(selectOne().from(CLOCK_PAUSE)
                    .where(CLOCK_PAUSE.CLOCK_ID.eq(resp.ID)).and(resp.MET_ON.isNull())
                    .and(CLOCK_PAUSE.FROM_ON.le(today))
                    .and(CLOCK_PAUSE.TO_ON.isNull().or(CLOCK_PAUSE.TO_ON.ge(today)))));
        }

        <R extends org.jooq.Record> SelectJoinStep<R> from(org.jooq.SelectSelectStep<R> select) {
            return select.from(tr)
                    .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                    .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                    .join(recipient).on(recipient.ID.eq(tr.RECIPIENT_ID))
                    .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                    .leftJoin(resp).on(resp.TRACKED_RECOMMENDATION_ID.eq(tr.ID)
                            .and(resp.RULE.in(ClockLabels.responseRules())))
                    .leftJoin(pub).on(pub.TRACKED_RECOMMENDATION_ID.eq(tr.ID)
                            .and(pub.RULE.eq(ClockRule.IOPC_PUBLICATION)).and(pub.MET_ON.isNull()));
        }

        Condition owes(DeadlineScope scope) {
            return scope.items().and(scope.includesWatchdogSide() ? recipientOwes.or(watchdogOwes) : recipientOwes);
        }

        Condition filter(DeadlineFilter filter, int dueSoonDays) {
            LocalDate horizon = today.plusDays(dueSoonDays);
            return switch (filter) {
                case NEEDS_ATTENTION -> not(paused).and(due.le(horizon));
                case OVERDUE -> not(paused).and(due.lt(today));
                case DUE_SOON -> not(paused).and(due.between(today, horizon));
                case PAUSED -> paused;
                case ALL -> DSL.trueCondition();
            };
        }
    }
}
