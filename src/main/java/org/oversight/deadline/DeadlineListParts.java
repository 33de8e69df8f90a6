package org.oversight.deadline;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.oversight.recommendation.DeadlineStanding;

/** The joins and expressions shared by the list and the counts. */
final class DeadlineListParts {
    final org.oversight.db.tables.TrackedRecommendation tr = TRACKED_RECOMMENDATION;
    final org.oversight.db.tables.Organisation recipient = ORGANISATION.as("recipient");
    final org.oversight.db.tables.Organisation watchdog = ORGANISATION.as("watchdog");
    final org.oversight.db.tables.Clock resp = CLOCK.as("resp");
    final org.oversight.db.tables.Clock pub = CLOCK.as("pub");
    final org.oversight.db.tables.Clock reas = CLOCK.as("reas");
    final Condition publicationOwed = tr.STATUS.eq(JooqDeadlineQuery.PUBLICATION_OWED_WHILE).and(pub.ID.isNotNull());
    // a verified item whose outcome re-assessment is scheduled and not yet recorded
    final Condition reassessmentOwes = tr.STATUS.eq(JooqDeadlineQuery.REASSESSMENT_OWED_WHILE).and(reas.ID.isNotNull());
    final Field<Boolean> reassessmentOwed = when(reassessmentOwes, inline(true)).otherwise(inline(false));
    final Condition watchdogOwes = publicationOwed.or(reassessmentOwes);
    // due_on is the date of the clock still running for the item (decision 0010, CurrentDeadline)
    final Condition recipientOwes = tr.STATUS.in(JooqDeadlineQuery.RECIPIENT_OWES).and(tr.DUE_ON.isNotNull());
    final Field<LocalDate> due = when(publicationOwed, pub.DUE_ON).when(reassessmentOwes, reas.DUE_ON)
            .otherwise(tr.DUE_ON);
    final Field<Deadline.Side> side = when(watchdogOwes, inline(Deadline.Side.WATCHDOG.name()))
            .otherwise(inline(Deadline.Side.RECIPIENT.name())).convertFrom(Deadline.Side::valueOf);
    final Condition paused;
    final LocalDate today;

    DeadlineListParts(LocalDate today) {
        this.today = today;
        // the one definition of paused, overdue and due soon (decision 0010)
        this.paused = recipientOwes.and(DeadlineStanding.paused(today))
                .or(reassessmentOwes.and(DeadlineStanding.clockPaused(reas.ID, today)));
    }

    /**
     * The list's rows: the item, its report (the scope), the clocks that decide its deadline, and the names and the
     * response clock a row shows (one row each: an organisation by key, one response clock per item).
     */
    <R extends org.jooq.Record> SelectJoinStep<R> from(org.jooq.SelectSelectStep<R> select) {
        return select.from(tr)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .leftJoin(pub).on(pub.TRACKED_RECOMMENDATION_ID.eq(tr.ID)
                        .and(pub.RULE.eq(ClockRule.IOPC_PUBLICATION)).and(pub.MET_ON.isNull()))
                .leftJoin(reas).on(reas.TRACKED_RECOMMENDATION_ID.eq(tr.ID)
                        .and(reas.RULE.eq(ClockRule.OUTCOME_REASSESSMENT)).and(reas.MET_ON.isNull()))
                .join(recipient).on(recipient.ID.eq(tr.RECIPIENT_ID))
                .join(watchdog).on(watchdog.ID.eq(REPORT.WATCHDOG_ID))
                .leftJoin(resp).on(resp.TRACKED_RECOMMENDATION_ID.eq(tr.ID)
                        .and(resp.RULE.in(ClockLabels.responseRules())));
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
