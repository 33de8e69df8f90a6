package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.RECOMMENDATION_THEME;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.THEME;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.db.tables.Organisation;
import org.oversight.db.tables.Report;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.Status;

/**
 * The tracked items a dashboard figure counts: the join of an item with its recommendation and report, and the
 * filter's conditions written exactly as the register writes them (watchdog by code, publication date from the
 * period's first day, theme through the recommendation's themes), so that a figure and its register link agree.
 * Scope is not part of it: each query adds its {@code ItemScope} itself ({@code scope.items()}, or
 * {@code scope.organisation(ACTION_PLAN.ORGANISATION_ID)} for action plans), or deliberately leaves it out.
 */
public final class ItemSelection {

    private static final Organisation WATCHDOG_BY_CODE = ORGANISATION.as("wf");

    private ItemSelection() {
    }

    /** tracked_recommendation ⋈ recommendation ⋈ report. */
    static Table<?> items() {
        return TRACKED_RECOMMENDATION
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID));
    }

    /**
     * The items, joined to their recommendation and report only when the filter's conditions ({@link #of}) need
     * them: an unfiltered count reads tracked_recommendation alone, which at national scale is most of the cost.
     */
    static Table<?> itemsFor(DashboardFilter filter, LocalDate today) {
        return filter.theme() == null && reportConditions(REPORT, filter, today).isEmpty() ? TRACKED_RECOMMENDATION : items();
    }

    /** The filter's conditions on the joined report and recommendation. */
    static Condition of(DashboardFilter filter, LocalDate today) {
        List<Condition> c = new ArrayList<>(reportConditions(REPORT, filter, today));
        if (filter.theme() != null) {
            c.add(hasTheme(RECOMMENDATION.ID, filter.theme()));
        }
        return DSL.and(c);
    }

    /** Watchdog and period, on a report (also for queries of action plans, which hang off a report). */
    static List<Condition> reportConditions(Report report, DashboardFilter filter, LocalDate today) {
        List<Condition> c = new ArrayList<>();
        if (filter.watchdog() != null) {
            c.add(report.WATCHDOG_ID.eq(select(WATCHDOG_BY_CODE.ID).from(WATCHDOG_BY_CODE)
                    .where(WATCHDOG_BY_CODE.CODE.eq(filter.watchdog()))));
        }
        filter.period().publishedFrom(today).ifPresent(from -> c.add(report.PUBLISHED_ON.ge(from)));
        return c;
    }

    static Condition hasTheme(Field<Long> recommendationId, String themeCode) {
        return exists(selectOne().from(RECOMMENDATION_THEME).join(THEME).on(THEME.ID.eq(RECOMMENDATION_THEME.THEME_ID))
                .where(RECOMMENDATION_THEME.RECOMMENDATION_ID.eq(recommendationId)).and(THEME.CODE.eq(themeCode)));
    }

    /**
     * Not closed, named by the open states (the status is never null and is one of {@link Status}'s, by the table's
     * check), so that a database can start from an index holding the status: about a sixth of the items are open
     * nationally. As {@code NOT IN} (the closed states) H2 read every item for overdue by watchdog and for themes
     * by force (decision 0124).
     */
    static Condition open() {
        return TRACKED_RECOMMENDATION.STATUS.in(Status.openStates());
    }

    /** As the register has it, from the one definition (decision 0010, {@link DeadlineStanding}). */
    static Condition overdue(LocalDate today) {
        return DeadlineStanding.overdue(today);
    }

    static Condition notOverdue(LocalDate today) {
        return DeadlineStanding.notOverdue(today);
    }

    /**
     * Days from publication to verified close, for verified items only (null otherwise, which PERCENTILE_CONT leaves
     * out in both H2 and PostgreSQL): the headline's median and the performance table's per force.
     */
    static Field<java.math.BigDecimal> medianDaysToVerify() {
        Field<Integer> days = DSL.when(TRACKED_RECOMMENDATION.STATUS.eq(Status.VERIFIED_IMPLEMENTED),
                DSL.localDateDiff(TRACKED_RECOMMENDATION.CLOSED_ON, REPORT.PUBLISHED_ON));
        return DSL.percentileCont(java.math.BigDecimal.valueOf(0.5)).withinGroupOrderBy(days);
    }

    /** Items reopened at least once: the reopen rate's numerator. */
    static Condition reopened() {
        return TRACKED_RECOMMENDATION.REOPEN_COUNT.gt(0);
    }

    /** Items closed now or reopened once: the reopen rate's denominator. */
    static Condition everClosed() {
        return TRACKED_RECOMMENDATION.STATUS.in(Status.CLOSED).or(reopened());
    }
}
