package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.ACTION_SLIPPAGE;
import static org.oversight.db.Tables.REPORT;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.oversight.actionplan.ActionSlippageKey;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.chart.DeadlineSlippage;
import org.oversight.recommendation.ItemScope;
import org.springframework.stereotype.Repository;

/**
 * Chart 4, deadline slippage, from the slippage summary (action_slippage, decision 0112): the same figures as
 * {@link JooqActionQuery#slippage} counts from live actions, which stays as the recount and serves the theme filter
 * (a theme belongs to the recommendations an action answers, which the summary does not key by). "Overdue now" is
 * applied at read time: an action not done whose stored due date is before today, in spans of days counted back
 * from today. Scope is the plan's organisation; watchdog and period join the plan's report.
 */
@Repository
public class JooqSlippageSummaryQuery {

    private static final org.oversight.db.tables.ActionSlippage S = ACTION_SLIPPAGE;

    /** The summary's rows counted as {@link SlippageCounts} needs: each row is {@code n} actions. */
    private static final SlippageCounts SUMMARY = new SlippageCounts() {
        @Override
        public Field<Integer> count(Condition condition) {
            return sum(S.N).filterWhere(condition).convertFrom(ItemCounts::asInt);
        }

        @Override
        public Condition onTime(LocalDate today) {
            return S.MOVED_BUCKET.eq(ActionSlippageKey.NONE).and(S.LATE_BUCKET.eq(ActionSlippageKey.NONE))
                    .and(S.OPEN_DUE_ON.ge(today));
        }

        @Override
        public Condition movedLater(int bucket) {
            return S.MOVED_BUCKET.eq(bucket);
        }

        @Override
        public Condition finishedLate(int bucket) {
            return S.LATE_BUCKET.eq(bucket);
        }

        /** Overdue by {@code d} days, d within the span, is due on today − d; a done action's date is after every today. */
        @Override
        public Condition overdueNow(int bucket, LocalDate today) {
            Condition from = S.OPEN_DUE_ON.le(today.minusDays(ActionSlippageKey.firstDay(bucket)));
            int last = ActionSlippageKey.lastDay(bucket);
            return last == Integer.MAX_VALUE ? from : from.and(S.OPEN_DUE_ON.ge(today.minusDays(last)));
        }
    };

    private final DSLContext dsl;

    JooqSlippageSummaryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** As {@link JooqActionQuery#slippage}, for any filter without a theme. */
    public ChartFigures<DeadlineSlippage> slippage(ItemScope scope, DashboardFilter filter, LocalDate today) {
        if (filter.theme() != null) {
            throw new IllegalArgumentException("the slippage summary has no themes; count live actions for " + filter);
        }
        List<Condition> byReport = ItemSelection.reportConditions(REPORT, filter, today);
        // an aggregate without GROUP BY: always exactly one row
        return ChartFigures.of(SlippageCounts.figures(dsl.select(SUMMARY.fields(today))
                .from(byReport.isEmpty() ? S : S.join(REPORT).on(REPORT.ID.eq(S.REPORT_ID)))
                .where(scope.organisation(S.ORGANISATION_ID))
                .and(DSL.and(byReport))
                .fetchSingle()));
    }
}
