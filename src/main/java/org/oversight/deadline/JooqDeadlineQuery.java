package org.oversight.deadline;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.CLOCK;
import static org.oversight.db.Tables.ITEM_COUNT;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.base.RenderedOnce;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.ItemCountKey;
import org.oversight.recommendation.ItemCountsToday;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Component;

/**
 * The deadline that matters now for each open item, in one query: tracked_recommendation.due_on while the
 * recipient owes a response or is implementing; the unmet IOPC publication clock while the IOPC owes publication;
 * the unmet outcome re-assessment clock of a verified item, which the issuing watchdog owes
 * ({@link ClockRule#OUTCOME_REASSESSMENT}). An item with a clock paused today is "paused": never due soon or overdue. Overdue, due soon and paused are
 * those of {@link DeadlineStanding} (decision 0010), so the bell and this list agree with the register.
 */
@Component
public class JooqDeadlineQuery {

    private static final List<Status> RECIPIENT_OWES = List.of(Status.OPEN, Status.PLAN_AWAITED, Status.PLAN_ACCEPTED,
            Status.IN_PROGRESS);
    /** The IOPC owes publication of a response while the item's plan is submitted (an unmet publication clock). */
    private static final Status PUBLICATION_OWED_WHILE = Status.PLAN_SUBMITTED;
    /** The watchdog owes an outcome re-assessment of a verified item (an unmet re-assessment clock). */
    private static final Status REASSESSMENT_OWED_WHILE = Status.VERIFIED_IMPLEMENTED;

    private final DSLContext dsl;
    /** The bell's counts, asked on every navigation, rendered once per scope and day (decision 0144). */
    private final RenderedOnce<List<Object>> rendered = new RenderedOnce<>(2_000);

    public JooqDeadlineQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Deadline> list(DeadlineScope scope, DeadlineFilter filter, LocalDate today, int dueSoonDays,
                               int offset, int limit) {
        Parts p = new Parts(today);
        return p.from(dsl.select(p.tr.ID, REPORT.REFERENCE, REPORT.TITLE, RECOMMENDATION.NUMBER, RECOMMENDATION.TEXT,
                        p.tr.RECIPIENT_ID, p.recipient.NAME, REPORT.WATCHDOG_ID, p.watchdog.SHORT_NAME, p.tr.STATUS, p.due,
                        p.side, row(p.side, p.reassessmentOwed, p.resp.RULE, p.tr.TARGET_ON, p.tr.STATUS).mapping(JooqDeadlineQuery::deliverable),
                        when(p.paused, inline(true)).otherwise(inline(false))))
                .where(p.owes(scope)).and(p.filter(filter, dueSoonDays))
                .orderBy(p.due.asc(), p.tr.ID.asc())
                .offset(offset).limit(limit)
                .fetch(Records.mapping(Deadline::new));
    }

    /**
     * How many rows {@link #list} holds with each filter: the same tally as the bell's {@link #counts}, so that a list's
     * size, its tab's count and the bell cannot differ (decision 0141); one tally for every list's size.
     */
    public Map<DeadlineFilter, Integer> sizes(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        Counted c = tally(scope, today, dueSoonDays);
        Map<DeadlineFilter, Integer> sizes = new EnumMap<>(DeadlineFilter.class);
        for (DeadlineFilter f : DeadlineFilter.values()) {
            sizes.put(f, switch (f) {
                case NEEDS_ATTENTION -> c.overdue() + c.dueSoon();
                case OVERDUE -> c.overdue();
                case DUE_SOON -> c.dueSoon();
                case PAUSED -> c.paused();
                case ALL -> c.all();
            });
        }
        return sizes;
    }

    /**
     * The list's deadlines overdue, due soon and paused (of the overdue, the watchdog's own), the tally of {@link #sizes}:
     * not from every item in the scope, as the bell asks on every navigation (decision 0141), but the recipients' from
     * the items' summary ({@link ItemCountsToday}, kept exact by every writer of an item's status and deadline) and the
     * watchdog's own from its clocks still running, a few hundred in the country.
     */
    public DeadlineCounts counts(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        Counted c = tally(scope, today, dueSoonDays);
        return new DeadlineCounts(c.overdue(), c.dueSoon(), c.paused(), c.watchdogOverdue());
    }

    private Counted tally(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        Counted recipients = recipientCounts(scope, today, dueSoonDays);
        Counted watchdog = scope.includesWatchdogSide() ? watchdogCounts(scope, today, dueSoonDays) : Counted.NONE;
        return new Counted(recipients.overdue() + watchdog.overdue(), recipients.dueSoon() + watchdog.dueSoon(),
                recipients.paused() + watchdog.paused(), recipients.all() + watchdog.all(), watchdog.overdue());
    }

    /** A tally of deadlines; {@code watchdogOverdue} is those of the overdue that the watchdog owes. */
    private record Counted(int overdue, int dueSoon, int paused, int all, int watchdogOverdue) {
        static final Counted NONE = new Counted(0, 0, 0, 0, 0);

        static Counted ofRecipients(int overdue, int dueSoon, int paused, int all) {
            return new Counted(overdue, dueSoon, paused, all, 0);
        }

        static Counted ofWatchdog(int overdue, int dueSoon, int paused, int all) {
            return new Counted(overdue, dueSoon, paused, all, overdue);
        }
    }

    /** The {@code recipientOwes} items of the scope, from the summary: by recipient, or by report for a watchdog's. */
    private Counted recipientCounts(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        return Records.mapping(Counted::ofRecipients).map(rendered.fetchSingle(dsl,
                List.of("recipients", scope, today, dueSoonDays), () -> {
            boolean byReport = scope.watchdogId() != null;
            Table<?> ic = (byReport ? ItemCountsToday.withReport(today) : ItemCountsToday.byRecipient(today)).as("ic");
            Field<LocalDate> due = ic.field(ITEM_COUNT.DUE_ON);
            Condition paused = ic.field("paused", Boolean.class).isTrue();
            Field<Integer> n = ic.field(ITEM_COUNT.N);
            Condition owes = ic.field(ITEM_COUNT.STATUS).in(RECIPIENT_OWES).and(due.ne(ItemCountKey.NO_DATE))
                    .and(scope.itemScope().organisation(ic.field(ITEM_COUNT.RECIPIENT_ID)));
            Table<?> from = byReport ? ic.join(REPORT).on(REPORT.ID.eq(ic.field(ITEM_COUNT.REPORT_ID))) : ic;
            Condition watchdog = byReport ? REPORT.WATCHDOG_ID.eq(scope.watchdogId()) : DSL.trueCondition();
            return dsl.select(ItemCountsToday.items(n, DeadlineStanding.deadlineOverdue(due, paused, today)),
                            ItemCountsToday.items(n, DeadlineStanding.deadlineDueSoon(due, paused, today, dueSoonDays)),
                            ItemCountsToday.items(n, paused), ItemCountsToday.items(n, DSL.trueCondition()))
                    .from(from).where(owes).and(watchdog);
        }));
    }

    /** The {@code watchdogOwes} items of the scope, from the clocks of the watchdog's that still run. */
    private Counted watchdogCounts(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        var w = CLOCK.as("owed");
        var tr = TRACKED_RECOMMENDATION;
        Condition owed = w.RULE.eq(ClockRule.IOPC_PUBLICATION).and(tr.STATUS.eq(PUBLICATION_OWED_WHILE))
                .or(w.RULE.eq(ClockRule.OUTCOME_REASSESSMENT).and(tr.STATUS.eq(REASSESSMENT_OWED_WHILE)));
        Condition paused = w.RULE.eq(ClockRule.OUTCOME_REASSESSMENT).and(DeadlineStanding.clockPaused(w.ID, today));
        return dsl.select(count().filterWhere(DeadlineStanding.deadlineOverdue(w.DUE_ON, paused, today)),
                        count().filterWhere(DeadlineStanding.deadlineDueSoon(w.DUE_ON, paused, today, dueSoonDays)),
                        count().filterWhere(paused), count())
                .from(w).join(tr).on(tr.ID.eq(w.TRACKED_RECOMMENDATION_ID))
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(w.RULE.in(ClockRule.IOPC_PUBLICATION, ClockRule.OUTCOME_REASSESSMENT)).and(w.MET_ON.isNull())
                .and(owed).and(scope.items())
                .fetchSingle(Records.mapping(Counted::ofWatchdog));
    }

    /**
     * Commissioners' responses not yet recorded, soonest first: the force's own for a force lead or chief officer,
     * those on the watchdog's own reports for its staff, every one for an administrator or the reminder job.
     */
    public List<CommissionerDeadline> commissionerDeadlines(DeadlineScope scope, LocalDate today) {
        var c = CLOCK;
        var force = ORGANISATION.as("force");
        var tr = TRACKED_RECOMMENDATION;
        Field<Long> anItem = DSL.field(DSL.select(DSL.min(tr.ID)).from(tr)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                .where(RECOMMENDATION.REPORT_ID.eq(c.REPORT_ID)).and(tr.RECIPIENT_ID.eq(c.ORGANISATION_ID)));
        Field<Boolean> paused = DSL.field(DeadlineStanding.clockPaused(c.ID, today));
        return dsl.select(c.ID, anItem, REPORT.REFERENCE, REPORT.TITLE, force.ID, force.NAME, REPORT.WATCHDOG_ID, c.DUE_ON,
                        paused)
                .from(c).join(REPORT).on(REPORT.ID.eq(c.REPORT_ID))
                .join(force).on(force.ID.eq(c.ORGANISATION_ID))
                .where(commissionersOwed(scope))
                .orderBy(c.DUE_ON, c.ID)
                .fetch(r -> new CommissionerDeadline(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), Boolean.TRUE.equals(r.value9())));
    }

    /**
     * The same responses as {@link #commissionerDeadlines}, counted where each stands today ({@link
     * CommissionerDeadline#standing}, decision 0010), for the bell, which needs no list (decision 0138).
     */
    public CommissionerCounts commissionerCounts(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        var c = CLOCK;
        return Records.mapping(CommissionerCounts::new).map(rendered.fetchSingle(dsl,
                List.of("commissioners", scope, today, dueSoonDays), () -> {
            Condition paused = DeadlineStanding.clockPaused(c.ID, today);
            return dsl.select(count().filterWhere(DeadlineStanding.deadlineOverdue(c.DUE_ON, paused, today)),
                            count().filterWhere(DeadlineStanding.deadlineDueSoon(c.DUE_ON, paused, today, dueSoonDays)),
                            count().filterWhere(paused))
                    .from(c).join(REPORT).on(REPORT.ID.eq(c.REPORT_ID)).where(commissionersOwed(scope));
        }));
    }

    /** Commissioners' responses owed today, by their standing. */
    public record CommissionerCounts(int overdue, int dueSoon, int paused) {
    }

    /**
     * A commissioner's response still owed (its clock not met) in the scope, on a report with an item of the force
     * (so that it has one to link to): {@code CLOCK} joined to its {@code REPORT}. The item is asked for by {@code
     * EXISTS}, which the database answers by a semi-join, not by working out the least item of every response.
     */
    private static Condition commissionersOwed(DeadlineScope scope) {
        var c = CLOCK;
        var tr = TRACKED_RECOMMENDATION;
        Condition watchdog = scope.watchdogId() == null ? DSL.trueCondition() : REPORT.WATCHDOG_ID.eq(scope.watchdogId());
        return c.RULE.eq(ClockRule.PCC_RESPONSE).and(c.MET_ON.isNull())
                .and(scope.itemScope().organisation(c.ORGANISATION_ID)).and(watchdog)
                .andExists(DSL.selectOne().from(tr).join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(tr.RECOMMENDATION_ID))
                        .where(RECOMMENDATION.REPORT_ID.eq(c.REPORT_ID)).and(tr.RECIPIENT_ID.eq(c.ORGANISATION_ID)));
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

    private static String deliverable(Deadline.Side side, Boolean reassessment, ClockRule responseRule,
                                      LocalDate targetOn, Status status) {
        if (side == Deadline.Side.WATCHDOG) {
            return ClockLabels.deliverable(Boolean.TRUE.equals(reassessment)
                    ? ClockRule.OUTCOME_REASSESSMENT : ClockRule.IOPC_PUBLICATION);
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
        final org.oversight.db.tables.Clock reas = CLOCK.as("reas");
        final Condition publicationOwed = tr.STATUS.eq(PUBLICATION_OWED_WHILE).and(pub.ID.isNotNull());
        // a verified item whose outcome re-assessment is scheduled and not yet recorded
        final Condition reassessmentOwes = tr.STATUS.eq(REASSESSMENT_OWED_WHILE).and(reas.ID.isNotNull());
        final Field<Boolean> reassessmentOwed = when(reassessmentOwes, inline(true)).otherwise(inline(false));
        final Condition watchdogOwes = publicationOwed.or(reassessmentOwes);
        // due_on is the date of the clock still running for the item (decision 0010, CurrentDeadline)
        final Condition recipientOwes = tr.STATUS.in(RECIPIENT_OWES).and(tr.DUE_ON.isNotNull());
        final Field<LocalDate> due = when(publicationOwed, pub.DUE_ON).when(reassessmentOwes, reas.DUE_ON)
                .otherwise(tr.DUE_ON);
        final Field<Deadline.Side> side = when(watchdogOwes, inline(Deadline.Side.WATCHDOG.name()))
                .otherwise(inline(Deadline.Side.RECIPIENT.name())).convertFrom(Deadline.Side::valueOf);
        final Condition paused;
        final LocalDate today;

        Parts(LocalDate today) {
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
}
