package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.ACTION_SLIPPAGE;
import static org.oversight.db.Tables.ACTION_SLIPPAGE_ORG;
import static org.oversight.db.Tables.REPORT;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.actionplan.ActionSlippageKey;
import org.oversight.base.RenderedOnce;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.chart.DeadlineSlippage;
import org.oversight.recommendation.ItemCountsToday;
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

    /** Read from action_slippage, by report, when a watchdog or period is chosen. */
    private static final SlippageCounts BY_REPORT = summary(S);
    /** Read from action_slippage_org, the same counts without the report (decision 0127), when none is. */
    private static final SlippageCounts BY_ORGANISATION = summary(ACTION_SLIPPAGE_ORG);

    /** The summary's rows counted as {@link SlippageCounts} needs: each row is {@code n} actions. */
    private static SlippageCounts summary(Table<?> table) {
        Field<Integer> n = table.field(S.N.getName(), Integer.class);
        Field<Integer> moved = table.field(S.MOVED_BUCKET.getName(), Integer.class);
        Field<Integer> late = table.field(S.LATE_BUCKET.getName(), Integer.class);
        Field<LocalDate> openDueOn = table.field(S.OPEN_DUE_ON.getName(), LocalDate.class);
        return new SlippageCounts() {
            @Override
            public Field<Integer> count(Condition condition) {
                return sum(n).filterWhere(condition).convertFrom(ItemCountsToday::asInt);
            }

            @Override
            public Condition onTime(LocalDate today) {
                return moved.eq(ActionSlippageKey.NONE).and(late.eq(ActionSlippageKey.NONE)).and(openDueOn.ge(today));
            }

            @Override
            public Condition movedLater(int bucket) {
                return moved.eq(bucket);
            }

            @Override
            public Condition finishedLate(int bucket) {
                return late.eq(bucket);
            }

            /** Overdue by {@code d} days, d within the span, is due on today − d; a done action's date is after every today. */
            @Override
            public Condition overdueNow(int bucket, LocalDate today) {
                Condition from = openDueOn.le(today.minusDays(ActionSlippageKey.firstDay(bucket)));
                int last = ActionSlippageKey.lastDay(bucket);
                return last == Integer.MAX_VALUE ? from : from.and(openDueOn.ge(today.minusDays(last)));
            }
        };
    }

    private final DSLContext dsl;
    /** Asked on every opening of the dashboard: rendered once for each scope, filter and day (decision 0146). */
    private final RenderedOnce<List<Object>> rendered = new RenderedOnce<>(500);

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
        if (byReport.isEmpty()) {
            return ChartFigures.of(SlippageCounts.figures(rendered.fetchSingle(dsl, List.of(scope, today),
                    () -> dsl.select(BY_ORGANISATION.fields(today))
                            .from(ACTION_SLIPPAGE_ORG)
                            .where(scope.organisation(ACTION_SLIPPAGE_ORG.ORGANISATION_ID)))));
        }
        return ChartFigures.of(SlippageCounts.figures(rendered.fetchSingle(dsl, List.of(scope, filter, today),
                () -> dsl.select(BY_REPORT.fields(today))
                        .from(S.join(REPORT).on(REPORT.ID.eq(S.REPORT_ID)))
                        .where(scope.organisation(S.ORGANISATION_ID))
                        .and(DSL.and(byReport)))));
    }
}
