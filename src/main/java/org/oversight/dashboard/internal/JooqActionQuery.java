package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.localDateDiff;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.ACTION;
import static org.oversight.db.Tables.ACTION_PLAN;
import static org.oversight.db.Tables.ACTION_RECOMMENDATION;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.oversight.actionplan.ActionSlippageKey;
import org.oversight.actionplan.ActionStatus;
import org.oversight.base.RenderedOnce;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.PlanChoice;
import org.oversight.dashboard.chart.ActionPlanTimeline.PlannedAction;
import org.oversight.dashboard.chart.ActionPlanTimeline;
import org.oversight.dashboard.chart.DeadlineSlippage;
import org.oversight.recommendation.ItemScope;
import org.springframework.stereotype.Repository;

/** The action side: deadline slippage (chart 4), one plan's timeline (chart 6) and the plans to choose from. */
@Repository
public class JooqActionQuery {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DSLContext dsl;
    /** The dashboard's plan chart and choice of plans: rendered once a scope, filter and day, or plan (decision 0146). */
    private final RenderedOnce<List<Object>> rendered = new RenderedOnce<>(500);

    JooqActionQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Live actions counted as {@link SlippageCounts} needs: one row per action not cancelled. */
    private static final SlippageCounts LIVE = new SlippageCounts() {
        @Override
        public Field<Integer> count(Condition condition) {
            return DSL.count().filterWhere(condition);
        }

        @Override
        public Condition onTime(LocalDate today) {
            Field<Integer> late = ActionSlippageKey.daysLate();
            Field<Integer> overdue = daysOverdue(today);
            return ActionSlippageKey.daysMoved().le(0).and(late.isNull().or(late.le(0)))
                    .and(overdue.isNull().or(overdue.le(0)));
        }

        @Override
        public Condition movedLater(int bucket) {
            return SlippageCounts.within(ActionSlippageKey.daysMoved(), bucket);
        }

        @Override
        public Condition finishedLate(int bucket) {
            return SlippageCounts.within(ActionSlippageKey.daysLate(), bucket);
        }

        @Override
        public Condition overdueNow(int bucket, LocalDate today) {
            return SlippageCounts.within(daysOverdue(today), bucket);
        }
    };

    /** For an action not done, days from its current due date to today; else NULL. */
    private static Field<Integer> daysOverdue(LocalDate today) {
        return when(ACTION.STATUS.ne(ActionStatus.DONE), localDateDiff(val(today), ACTION.DUE_ON));
    }

    /**
     * Slippage of actions in the buckets of {@link DeadlineSlippage#bucketOf}, three measures apart: moved later
     * (the date first agreed, kept as original_due_on, to the current due date after approved moves), finished late
     * (the current due date to the day a done action was completed) and overdue now (an action not done past its
     * current due date, to today). Cancelled actions are left out. An approved move changes "moved later" at once.
     * Counted from live actions: the dashboard reads the same figures from the summary
     * ({@link JooqSlippageSummaryQuery}) unless a theme is chosen; this is also the recount it is tested against.
     */
    public ChartFigures<DeadlineSlippage> slippage(ItemScope scope, DashboardFilter filter, LocalDate today) {
        // the report only when the filter asks about it (watchdog, period): nationally, 90,000 actions fewer joins
        var actions = ACTION.join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID));
        // an aggregate without GROUP BY: always exactly one row
        return ChartFigures.of(SlippageCounts.figures(dsl.select(LIVE.fields(today))
                .from(ItemSelection.reportConditions(REPORT, filter, today).isEmpty() ? actions
                        : actions.join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID)))
                .where(planConditions(scope, filter, today))
                .and(ActionSlippageKey.counted())
                .and(filter.theme() == null ? DSL.trueCondition() : answersTheme(filter.theme()))
                .fetchSingle()));
    }

    /** The plan's actions (not cancelled) by due date, if the plan exists and the user may read it. */
    public Optional<ActionPlanTimeline> timeline(ItemScope scope, long planId, LocalDate today) {
        return rendered.fetchOptional(dsl, List.of("timeline", scope, planId), () -> dsl.select(
                        row(ORGANISATION.NAME, REPORT.REFERENCE).mapping(JooqActionQuery::planName),
                        multiset(select(ACTION.TITLE, ACTION.CREATED_AT, ACTION.DUE_ON, ACTION.ORIGINAL_DUE_ON, ACTION.STATUS)
                                .from(ACTION)
                                .where(ACTION.PLAN_ID.eq(ACTION_PLAN.ID)).and(ACTION.STATUS.ne(ActionStatus.CANCELLED))
                                .orderBy(ACTION.DUE_ON, ACTION.ID))
                                .convertFrom(r -> r.map(Records.mapping(JooqActionQuery::plannedAction))))
                .from(ACTION_PLAN)
                .join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .where(planWithin(scope, planId)))
                .map(r -> new ActionPlanTimeline(r.value1(), today, r.value2()));
    }

    /** Whether {@link #timeline} finds the plan: the same condition, on the primary key. */
    public boolean planExists(ItemScope scope, long planId) {
        return dsl.fetchExists(ACTION_PLAN, planWithin(scope, planId));
    }

    private static Condition planWithin(ItemScope scope, long planId) {
        return ACTION_PLAN.ID.eq(planId).and(scope.organisation(ACTION_PLAN.ORGANISATION_ID));
    }

    private static String planName(String organisation, String reportReference) {
        return organisation + " \u2013 " + reportReference;
    }

    private static PlannedAction plannedAction(String title, OffsetDateTime createdAt, LocalDate due, LocalDate original,
                                               ActionStatus status) {
        LocalDate created = createdAt.atZoneSameInstant(UK).toLocalDate();
        // an action recorded after its due date still gets a bar that runs forwards
        LocalDate start = min(created, min(due, original));
        return new PlannedAction(title, start, due, original, status == ActionStatus.DONE);
    }

    /** The plans within scope and filter with their action counts, by organisation and newest report first. */
    public List<PlanChoice> plans(ItemScope scope, DashboardFilter filter, LocalDate today) {
        return rendered.fetch(dsl, List.of("plans", scope, filter, today), () -> dsl.select(ACTION_PLAN.ID,
                        row(ORGANISATION.NAME, REPORT.REFERENCE, REPORT.TITLE)
                                .mapping((name, reference, title) -> planName(name, reference) + ": " + title),
                        count(ACTION.ID),
                        count(ACTION.ID).filterWhere(ACTION.STATUS.ne(ActionStatus.DONE)))
                .from(ACTION_PLAN)
                .join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .leftJoin(ACTION).on(ACTION.PLAN_ID.eq(ACTION_PLAN.ID).and(ACTION.STATUS.ne(ActionStatus.CANCELLED)))
                .where(planConditions(scope, filter, today))
                .groupBy(ACTION_PLAN.ID, ORGANISATION.NAME, REPORT.REFERENCE, REPORT.TITLE, REPORT.PUBLISHED_ON)
                .orderBy(ORGANISATION.NAME, REPORT.PUBLISHED_ON.desc(), ACTION_PLAN.ID))
                .map(Records.mapping(PlanChoice::new));
    }

    private static Condition planConditions(ItemScope scope, DashboardFilter filter, LocalDate today) {
        List<Condition> c = new ArrayList<>(ItemSelection.reportConditions(REPORT, filter, today));
        c.add(scope.organisation(ACTION_PLAN.ORGANISATION_ID));
        return DSL.and(c);
    }

    /** The action answers at least one recommendation filed under the theme. */
    private static Condition answersTheme(String theme) {
        var tr = TRACKED_RECOMMENDATION.as("at");
        return exists(selectOne().from(ACTION_RECOMMENDATION)
                .join(tr).on(tr.ID.eq(ACTION_RECOMMENDATION.TRACKED_RECOMMENDATION_ID))
                .where(ACTION_RECOMMENDATION.ACTION_ID.eq(ACTION.ID))
                .and(ItemSelection.hasTheme(tr.RECOMMENDATION_ID, theme)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
