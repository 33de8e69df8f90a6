package org.oversight.deadline;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
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
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
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

    static final List<Status> RECIPIENT_OWES = List.of(Status.OPEN, Status.PLAN_AWAITED, Status.PLAN_ACCEPTED,
            Status.IN_PROGRESS);
    /** The IOPC owes publication of a response while the item's plan is submitted (an unmet publication clock). */
    static final Status PUBLICATION_OWED_WHILE = Status.PLAN_SUBMITTED;
    /** The watchdog owes an outcome re-assessment of a verified item (an unmet re-assessment clock). */
    static final Status REASSESSMENT_OWED_WHILE = Status.VERIFIED_IMPLEMENTED;

    private final DSLContext dsl;
    /** The bell's counts, asked on every navigation, rendered once per scope and day (decision 0144). */
    private final RenderedOnce<List<Object>> rendered = new RenderedOnce<>(2_000);

    public JooqDeadlineQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Deadline> list(DeadlineScope scope, DeadlineFilter filter, LocalDate today, int dueSoonDays,
                               int offset, int limit) {
        DeadlineListParts p = new DeadlineListParts(today);
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
        return tally(scope, today, dueSoonDays).counts();
    }

    private Counted tally(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        Counted recipients = recipientCounts(scope, today, dueSoonDays);
        return scope.includesWatchdogSide() ? recipients.plus(watchdogCounts(scope, today, dueSoonDays)) : recipients;
    }

    /**
     * A tally of deadlines; {@code watchdogOverdue} is those of the overdue that the watchdog owes. The one place where
     * the recipients' and the watchdog's tallies are added up, for the list's sizes, its counts and the bell's table.
     */
    record Counted(int overdue, int dueSoon, int paused, int all, int watchdogOverdue) {

        static Counted ofRecipients(int overdue, int dueSoon, int paused, int all) {
            return new Counted(overdue, dueSoon, paused, all, 0);
        }

        static Counted ofWatchdog(int overdue, int dueSoon, int paused, int all) {
            return new Counted(overdue, dueSoon, paused, all, overdue);
        }

        Counted plus(Counted other) {
            return new Counted(overdue + other.overdue, dueSoon + other.dueSoon, paused + other.paused,
                    all + other.all, watchdogOverdue + other.watchdogOverdue);
        }

        DeadlineCounts counts() {
            return new DeadlineCounts(overdue, dueSoon, paused, watchdogOverdue);
        }
    }

    /** The {@code recipientOwes} items of the scope, from the summary: by recipient, or by report for a watchdog's. */
    private Counted recipientCounts(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        return Records.mapping(Counted::ofRecipients).map(rendered.fetchSingle(dsl,
                List.of("recipients", scope, today, dueSoonDays), () -> recipientTally(scope, today, dueSoonDays)));
    }

    private Select<Record4<Integer, Integer, Integer, Integer>> recipientTally(DeadlineScope scope, LocalDate today,
                                                                               int dueSoonDays) {
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
    }

    /** The {@code watchdogOwes} items of the scope, from the clocks of the watchdog's that still run. */
    private Counted watchdogCounts(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        return watchdogTally(scope, today, dueSoonDays).fetchSingle(Records.mapping(Counted::ofWatchdog));
    }

    private SelectConditionStep<Record4<Integer, Integer, Integer, Integer>> watchdogTally(DeadlineScope scope,
                                                                                          LocalDate today,
                                                                                          int dueSoonDays) {
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
                .and(owed).and(scope.items());
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
        return Records.mapping(CommissionerCounts::new).map(rendered.fetchSingle(dsl,
                List.of("commissioners", scope, today, dueSoonDays), () -> commissionerTally(scope, today, dueSoonDays)));
    }

    private Select<Record3<Integer, Integer, Integer>> commissionerTally(DeadlineScope scope, LocalDate today,
                                                                        int dueSoonDays) {
        var c = CLOCK;
        Condition paused = DeadlineStanding.clockPaused(c.ID, today);
        return dsl.select(count().filterWhere(DeadlineStanding.deadlineOverdue(c.DUE_ON, paused, today)),
                        count().filterWhere(DeadlineStanding.deadlineDueSoon(c.DUE_ON, paused, today, dueSoonDays)),
                        count().filterWhere(paused))
                .from(c).join(REPORT).on(REPORT.ID.eq(c.REPORT_ID)).where(commissionersOwed(scope));
    }

    /**
     * The bell's counts, {@link #counts} with the commissioners' responses, as one table of one row (decision 0149):
     * asked as it is by {@link #bell}, or beside another count by the bell itself.
     */
    public BellTable bellTable(DeadlineScope scope, LocalDate today, int dueSoonDays) {
        return new BellTable(List.of("bell", scope, today, dueSoonDays), () -> BellTable.of(
                recipientTally(scope, today, dueSoonDays),
                scope.includesWatchdogSide() ? watchdogTally(scope, today, dueSoonDays) : null,
                commissionerTally(scope, today, dueSoonDays)));
    }

    /** The bell's counts alone, in one statement rendered once for its key. */
    public DeadlineCounts bell(BellTable table) {
        return table.counts(rendered.fetchSingle(dsl, table.key(), () -> dsl.selectFrom(table.table())));
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
}
