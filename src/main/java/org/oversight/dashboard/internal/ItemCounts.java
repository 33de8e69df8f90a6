package org.oversight.dashboard.internal;

import static org.oversight.db.Tables.ITEM_COUNT;
import static org.oversight.db.Tables.REPORT;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.ItemCountKey;
import org.oversight.recommendation.ItemCountsToday;
import org.oversight.recommendation.Status;

/**
 * The dashboard's item counts read from the summary (item_count, decisions 0105 and 0123) instead of the items
 * themselves, with "today" applied at read time, exactly as {@link DeadlineStanding} defines each figure:
 * <ul>
 *   <li>the summary's rows, each counting {@code n} items by recipient, report, status, current deadline and whether
 *       reopened, none of them paused;</li>
 *   <li>plus a small live correction for the items paused today ({@link DeadlineStanding#paused}, a handful): each
 *       such item is taken out of the unpaused rows (−1) and counted again as paused (+1), so that overdue and due
 *       soon leave it out while every other figure is unchanged.</li>
 * </ul>
 * A figure is then {@code SUM(n)} over the rows that meet its condition. A theme filter is a property of the
 * recommendation, which the summary does not key by: with a theme the dashboard counts live rows instead. The day
 * a verified item was closed is in item_verified_day, read by the headline's median and "verified this quarter" only
 * ({@link JooqHeadlineSummaryQuery}).
 */
final class ItemCounts {

    static final Table<?> IC = ItemCountsToday.withReport(LocalDate.EPOCH).as("ic");

    static final Field<Long> RECIPIENT_ID = IC.field(ITEM_COUNT.RECIPIENT_ID);
    static final Field<Long> REPORT_ID = IC.field(ITEM_COUNT.REPORT_ID);
    static final Field<Status> STATUS = IC.field(ITEM_COUNT.STATUS);
    static final Field<LocalDate> DUE_ON = IC.field(ITEM_COUNT.DUE_ON);
    static final Field<Boolean> REOPENED = IC.field(ITEM_COUNT.REOPENED);
    static final Field<Boolean> PAUSED = IC.field("paused", Boolean.class);
    static final Field<Integer> N = IC.field(ITEM_COUNT.N);

    private ItemCounts() {
    }

    /** The summary with today's paused items moved aside, as the derived table "ic". */
    static Table<?> on(LocalDate today) {
        return ItemCountsToday.withReport(today).as("ic");
    }

    /**
     * The counts, joined to their report when the filter's watchdog or period needs it; otherwise from
     * item_count_recipient, the same counts without the report (about a quarter of the rows, decision 0127).
     */
    static Table<?> from(DashboardFilter filter, LocalDate today) {
        return reportConditions(filter, today).isEmpty() ? ItemCountsToday.byRecipient(today).as("ic")
                : on(today).join(REPORT).on(REPORT.ID.eq(REPORT_ID));
    }

    /** The filter's watchdog and period, on the joined report; the theme is not the summary's to answer. */
    static Condition of(DashboardFilter filter, LocalDate today) {
        if (filter.theme() != null) {
            throw new IllegalArgumentException("the summary has no themes; count live rows for " + filter);
        }
        return DSL.and(reportConditions(filter, today));
    }

    private static List<Condition> reportConditions(DashboardFilter filter, LocalDate today) {
        return ItemSelection.reportConditions(REPORT, filter, today);
    }

    /** How many items meet the condition. */
    static Field<Integer> items(Condition condition) {
        return ItemCountsToday.items(N, condition);
    }

    static Condition open() {
        return STATUS.notIn(Status.CLOSED);
    }

    /** {@link DeadlineStanding#overdue}: the current deadline is before today and the item is not paused. */
    static Condition overdue(LocalDate today) {
        return DUE_ON.lt(today).and(PAUSED.isFalse());
    }

    /** {@link DeadlineStanding#notOverdue}; "no deadline" is stored as a date after every today. */
    static Condition notOverdue(LocalDate today) {
        return DUE_ON.ge(today).or(PAUSED.isTrue());
    }

    /** {@link DeadlineStanding#dueSoon}. */
    static Condition dueSoon(LocalDate today, int dueSoonDays) {
        return DUE_ON.between(today, today.plusDays(dueSoonDays)).and(PAUSED.isFalse());
    }

    /** {@link DeadlineStanding#noTargetDate}. */
    static Condition noTargetDate() {
        return STATUS.in(Status.PLAN_AGREED).and(DUE_ON.eq(ItemCountKey.NO_DATE));
    }

    static Condition verified() {
        return STATUS.eq(Status.VERIFIED_IMPLEMENTED);
    }

    static Condition reopened() {
        return REOPENED.isTrue();
    }

    static Condition everClosed() {
        return STATUS.in(Status.CLOSED).or(reopened());
    }
}
