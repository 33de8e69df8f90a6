package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.STATUS_TREND_MONTH;
import static org.oversight.db.Tables.STATUS_TREND_RECIPIENT_MONTH;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.oversight.base.RenderedOnce;
import org.oversight.base.i18n.Messages;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.chart.OpenVsClosedTrend.MonthCounts;
import org.oversight.dashboard.chart.OpenVsClosedTrend;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.StatusTrend;
import org.springframework.stereotype.Repository;

/**
 * Chart 2, open and verified-closed items at each month's end, from the status history as
 * {@link StatusTrend} counts it: the changes' deltas are summed per month and run up by a window function, so each
 * month's figure is the level at its end including everything before the 36 months drawn; months without a change
 * carry the level on. Without a theme filter the monthly sums come from status_trend_month (decision 0080), kept
 * equal to the history in the same transaction as each change; a theme (a property of the recommendation, which
 * the summary does not keep) is counted from the history itself.
 */
@Repository
public class JooqTrendQuery {

    /** The keys of the two lines' names in the bundles. */
    public static final List<String> SERIES = List.of("dashboard.trend.open", "dashboard.trend.verified");

    private final DSLContext dsl;
    /** Asked on every opening of the dashboard: rendered once for each scope, filter and day (decision 0146). */
    private final RenderedOnce<List<Object>> rendered = new RenderedOnce<>(500);

    JooqTrendQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record Level(int open, int verified) {
    }

    public ChartFigures<OpenVsClosedTrend> openVsClosed(ItemScope scope, DashboardFilter filter, LocalDate today) {
        TreeMap<YearMonth, Level> levels = new TreeMap<>(rendered.fetch(dsl, List.of(scope, filter, today), () -> {
            Table<?> monthly = filter.theme() == null ? fromSummary(scope, filter, today) : fromHistory(scope, filter, today);
            Field<Integer> ym = monthly.field("ym", Integer.class);
            Field<BigDecimal> openLevel = sum(monthly.field("od", BigDecimal.class)).over().orderBy(ym);
            Field<BigDecimal> verifiedLevel = sum(monthly.field("vd", BigDecimal.class)).over().orderBy(ym);
            return dsl.select(ym.convertFrom(m -> YearMonth.of(m / 12, m % 12 + 1)),
                            row(openLevel, verifiedLevel).mapping((open, closed) -> new Level(open.intValue(), closed.intValue())))
                    .from(monthly);
        }).collect(Records.intoMap()));

        YearMonth last = YearMonth.from(today);
        List<MonthCounts> months = new ArrayList<>();
        for (YearMonth m = last.minusMonths(OpenVsClosedTrend.WINDOW_MONTHS - 1); !m.isAfter(last); m = m.plusMonths(1)) {
            var entry = levels.floorEntry(m);
            Level level = entry == null ? new Level(0, 0) : entry.getValue();
            months.add(MonthCounts.of(m, level.open(), level.verified()));
        }
        return ChartFigures.of(new OpenVsClosedTrend(SERIES.stream().map(k -> Messages.t(k)).toList(), months));
    }

    /**
     * Monthly deltas from the summary: a few rows per recipient and report instead of the whole history; with no
     * watchdog or period chosen, from status_trend_recipient_month, the same without the report (decision 0130).
     */
    private Table<?> fromSummary(ItemScope scope, DashboardFilter filter, LocalDate today) {
        var s = STATUS_TREND_MONTH;
        List<Condition> byReport = ItemSelection.reportConditions(REPORT, filter, today);
        if (byReport.isEmpty()) {
            var r = STATUS_TREND_RECIPIENT_MONTH;
            return dsl.select(r.YEAR_MONTH.as("ym"), sum(r.OPEN_DELTA).as("od"), sum(r.VERIFIED_DELTA).as("vd"))
                    .from(r)
                    .where(scope.organisation(r.RECIPIENT_ID))
                    .groupBy(r.YEAR_MONTH)
                    .asTable("monthly");
        }
        var from = s.join(REPORT).on(REPORT.ID.eq(s.REPORT_ID));
        return dsl.select(s.YEAR_MONTH.as("ym"), sum(s.OPEN_DELTA).as("od"), sum(s.VERIFIED_DELTA).as("vd"))
                .from(from)
                .where(scope.organisation(s.RECIPIENT_ID))
                .and(DSL.and(byReport))
                .groupBy(s.YEAR_MONTH)
                .asTable("monthly");
    }

    /** Monthly deltas counted from status_change, for the filters the summary cannot answer. */
    private Table<?> fromHistory(ItemScope scope, DashboardFilter filter, LocalDate today) {
        var sc = STATUS_CHANGE;
        Field<Integer> month = StatusTrend.yearMonth(sc.CHANGED_AT);
        return dsl.select(month.as("ym"), sum(StatusTrend.openDelta()).as("od"), sum(StatusTrend.verifiedDelta()).as("vd"))
                .from(sc)
                .join(ItemSelection.items()).on(TRACKED_RECOMMENDATION.ID.eq(sc.TRACKED_RECOMMENDATION_ID))
                .where(scope.items())
                .and(ItemSelection.of(filter, today))
                .and(StatusTrend.movesALevel())
                .groupBy(month)
                .asTable("monthly");
    }
}
