package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.actionplan.PlanStatus;
import org.oversight.dashboard.HeadlineFigures;
import org.oversight.recommendation.DeadlineStanding;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Repository;

/** The headline figures in one statement: conditional counts, the median by PERCENTILE_CONT and one sub-count. */
@Repository
public class JooqHeadlineQuery {

    private final DSLContext dsl;

    JooqHeadlineQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public HeadlineFigures figures(ItemScope scope, DashboardFilter filter, LocalDate today, int dueSoonDays) {
        var t = TRACKED_RECOMMENDATION;
        LocalDate quarterStart = quarterStart(today);
        Condition verified = t.STATUS.eq(Status.VERIFIED_IMPLEMENTED);
        Field<BigDecimal> median = ItemSelection.medianDaysToVerify();
        Condition reopened = ItemSelection.reopened();
        return dsl.select(
                        count().filterWhere(ItemSelection.open()),
                        count().filterWhere(ItemSelection.overdue(today)),
                        count().filterWhere(DeadlineStanding.dueSoon(today, dueSoonDays)),
                        count().filterWhere(DeadlineStanding.noTargetDate()),
                        plansAwaitingDecision(scope, filter, today),
                        count().filterWhere(verified.and(t.CLOSED_ON.ge(quarterStart))),
                        median.convertFrom(m -> m == null ? null : m.doubleValue()),
                        count().filterWhere(verified),
                        count().filterWhere(reopened),
                        count().filterWhere(ItemSelection.everClosed()))
                .from(ItemSelection.items())
                .where(scope.items())
                .and(ItemSelection.of(filter, today))
                .fetchOne(Records.mapping((open, overdue, dueSoon, noTarget, plansAwaiting, verifiedThisQuarter, medianDays,
                                           verifiedCount, reopenedCount, everClosed) -> new HeadlineFigures(open, overdue,
                        dueSoon, dueSoonDays, noTarget, plansAwaiting, verifiedThisQuarter, quarterStart, medianDays, verifiedCount, reopenedCount,
                        everClosed)));
    }

    /**
     * Submitted plans within scope and filter; with a theme, plans for a report that has a recommendation on that
     * theme addressed to the plan's organisation. Found by their status (action_plan_status_ix, decision 0130); the
     * report is joined only when the watchdog, period or theme needs it.
     */
    static Field<Integer> plansAwaitingDecision(ItemScope scope, DashboardFilter filter, LocalDate today) {
        var report = REPORT.as("pp");
        List<Condition> byReport = ItemSelection.reportConditions(report, filter, today);
        List<Condition> c = new ArrayList<>(byReport);
        c.add(ACTION_PLAN.STATUS.eq(PlanStatus.SUBMITTED));
        c.add(scope.organisation(ACTION_PLAN.ORGANISATION_ID));
        if (filter.theme() != null) {
            var tr = TRACKED_RECOMMENDATION.as("pt");
            var rec = RECOMMENDATION.as("pr");
            c.add(exists(selectOne().from(tr).join(rec).on(rec.ID.eq(tr.RECOMMENDATION_ID))
                    .where(rec.REPORT_ID.eq(ACTION_PLAN.REPORT_ID)).and(tr.RECIPIENT_ID.eq(ACTION_PLAN.ORGANISATION_ID))
                    .and(ItemSelection.hasTheme(rec.ID, filter.theme()))));
        }
        var plans = byReport.isEmpty() ? ACTION_PLAN : ACTION_PLAN.join(report).on(report.ID.eq(ACTION_PLAN.REPORT_ID));
        return field(selectCount().from(plans).where(DSL.and(c)));
    }

    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }
}
