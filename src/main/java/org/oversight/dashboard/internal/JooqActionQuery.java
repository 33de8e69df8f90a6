package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.coalesce;
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
import org.oversight.actionplan.ActionStatus;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.PlanChoice;
import org.oversight.dashboard.chart.ActionPlanTimeline;
import org.oversight.dashboard.chart.ActionPlanTimeline.PlannedAction;
import org.oversight.dashboard.chart.DeadlineSlippage;
import org.oversight.recommendation.ItemScope;
import org.springframework.stereotype.Repository;

/** The action side: deadline slippage (chart 4), one plan's timeline (chart 6) and the plans to choose from. */
@Repository
public class JooqActionQuery {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DSLContext dsl;

    JooqActionQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Slippage of actions in the buckets of {@link DeadlineSlippage#bucketOf}, three measures apart: moved later
     * (the date first agreed, kept as original_due_on, to the current due date after approved moves), finished late
     * (the current due date to the day a done action was completed) and overdue now (an action not done past its
     * current due date, to today). Cancelled actions are left out. An approved move changes "moved later" at once.
     */
    public ChartFigures<DeadlineSlippage> slippage(ItemScope scope, DashboardFilter filter, LocalDate today) {
        Condition done = ACTION.STATUS.eq(ActionStatus.DONE);
        Field<Integer> moved = localDateDiff(ACTION.DUE_ON, ACTION.ORIGINAL_DUE_ON);
        Field<Integer> finishedLate = when(done, localDateDiff(coalesce(ACTION.COMPLETED_ON, ACTION.DUE_ON), ACTION.DUE_ON));
        Field<Integer> overdueNow = when(done.not(), localDateDiff(val(today), ACTION.DUE_ON));
        List<Field<Integer>> measures = List.of(moved, finishedLate, overdueNow);
        List<org.jooq.SelectField<?>> fields = new ArrayList<>();
        fields.add(count());
        fields.add(count().filterWhere(moved.le(0).and(finishedLate.isNull().or(finishedLate.le(0)))
                .and(overdueNow.isNull().or(overdueNow.le(0)))));
        int[][] bounds = {{1, 30}, {31, 90}, {91, 180}, {181, Integer.MAX_VALUE}};
        for (Field<Integer> m : measures) {
            for (int[] b : bounds) {
                fields.add(count().filterWhere(b[1] == Integer.MAX_VALUE ? m.ge(b[0]) : m.between(b[0], b[1])));
            }
        }
        // an aggregate without GROUP BY: always exactly one row
        // the report only when the filter asks about it (watchdog, period): nationally, 90,000 actions fewer joins
        var actions = ACTION.join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION.PLAN_ID));
        org.jooq.Record r = dsl.select(fields)
                .from(ItemSelection.reportConditions(REPORT, filter, today).isEmpty() ? actions
                        : actions.join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID)))
                .where(planConditions(scope, filter, today))
                .and(ACTION.STATUS.ne(ActionStatus.CANCELLED))
                .and(filter.theme() == null ? DSL.trueCondition() : answersTheme(filter.theme()))
                .fetchSingle();
        int[][] counts = new int[3][4];
        for (int m = 0; m < 3; m++) {
            for (int b = 0; b < 4; b++) {
                counts[m][b] = r.get(2 + m * 4 + b, Integer.class);
            }
        }
        return ChartFigures.of(DeadlineSlippage.of(r.get(0, Integer.class), r.get(1, Integer.class), counts[0],
                counts[1], counts[2]));
    }

    /** The plan's actions (not cancelled) by due date, if the plan exists and the user may read it. */
    public Optional<ActionPlanTimeline> timeline(ItemScope scope, long planId, LocalDate today) {
        return dsl.select(row(ORGANISATION.NAME, REPORT.REFERENCE).mapping(JooqActionQuery::planName),
                        multiset(select(ACTION.TITLE, ACTION.CREATED_AT, ACTION.DUE_ON, ACTION.ORIGINAL_DUE_ON, ACTION.STATUS)
                                .from(ACTION)
                                .where(ACTION.PLAN_ID.eq(ACTION_PLAN.ID)).and(ACTION.STATUS.ne(ActionStatus.CANCELLED))
                                .orderBy(ACTION.DUE_ON, ACTION.ID))
                                .convertFrom(r -> r.map(Records.mapping(JooqActionQuery::plannedAction))))
                .from(ACTION_PLAN)
                .join(REPORT).on(REPORT.ID.eq(ACTION_PLAN.REPORT_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PLAN.ORGANISATION_ID))
                .where(planWithin(scope, planId))
                .fetchOptional(Records.mapping((name, actions) -> new ActionPlanTimeline(name, today, actions)));
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
        return dsl.select(ACTION_PLAN.ID,
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
                .orderBy(ORGANISATION.NAME, REPORT.PUBLISHED_ON.desc(), ACTION_PLAN.ID)
                .fetch(Records.mapping(PlanChoice::new));
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
