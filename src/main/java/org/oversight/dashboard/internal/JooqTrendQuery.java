package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.extract;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.oversight.db.Tables.STATUS_CHANGE;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.chart.OpenVsClosedTrend;
import org.oversight.dashboard.chart.OpenVsClosedTrend.MonthCounts;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Repository;

/**
 * Chart 2, open and verified-closed items at each month's end, from the status history: every change that opens an
 * item (its first status, or a reopening) counts +1 open, every close −1; reaching verified counts +1 verified,
 * leaving it −1. The changes are summed per month and run up by a window function, so each month's figure is the
 * level at its end including everything before the 36 months drawn; months without a change carry the level on.
 */
@Repository
public class JooqTrendQuery {

    public static final List<String> SERIES = List.of("Open", "Verified closed");

    private final DSLContext dsl;

    JooqTrendQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record Level(int open, int verified) {
    }

    public ChartFigures<OpenVsClosedTrend> openVsClosed(ItemScope scope, DashboardFilter filter, LocalDate today) {
        var sc = STATUS_CHANGE;
        Condition fromClosed = sc.FROM_STATUS.in(Status.CLOSED);
        Condition toClosed = sc.TO_STATUS.in(Status.CLOSED);
        Condition fromNothing = sc.FROM_STATUS.isNull();
        Status verified = Status.VERIFIED_IMPLEMENTED;
        Field<Integer> openDelta = when(fromNothing.or(fromClosed).and(toClosed.not()), inline(1))
                .when(fromNothing.not().and(fromClosed.not()).and(toClosed), inline(-1))
                .otherwise(inline(0));
        Field<Integer> verifiedDelta = when(sc.TO_STATUS.eq(verified).and(sc.FROM_STATUS.isDistinctFrom(verified)), inline(1))
                .when(sc.FROM_STATUS.eq(verified).and(sc.TO_STATUS.ne(verified)), inline(-1))
                .otherwise(inline(0));
        Field<Integer> year = extract(sc.CHANGED_AT, DatePart.YEAR);
        Field<Integer> month = extract(sc.CHANGED_AT, DatePart.MONTH);
        Table<?> monthly = dsl.select(year.as("y"), month.as("m"), sum(openDelta).as("od"), sum(verifiedDelta).as("vd"))
                .from(sc)
                .join(ItemSelection.items()).on(TRACKED_RECOMMENDATION.ID.eq(sc.TRACKED_RECOMMENDATION_ID))
                .where(scope.items())
                .and(ItemSelection.of(filter, today))
                // only the changes that move a level; steps between open statuses do not
                .and(fromNothing.or(fromClosed).or(toClosed).or(sc.TO_STATUS.eq(verified)))
                .groupBy(year, month)
                .asTable("monthly");
        Field<Integer> y = monthly.field("y", Integer.class);
        Field<Integer> m = monthly.field("m", Integer.class);
        Field<BigDecimal> openLevel = sum(monthly.field("od", BigDecimal.class)).over().orderBy(y, m);
        Field<BigDecimal> verifiedLevel = sum(monthly.field("vd", BigDecimal.class)).over().orderBy(y, m);

        TreeMap<YearMonth, Level> levels = new TreeMap<>(dsl.select(row(y, m).mapping(YearMonth::of),
                        row(openLevel, verifiedLevel).mapping((open, closed) -> new Level(open.intValue(), closed.intValue())))
                .from(monthly)
                .collect(Records.intoMap()));

        YearMonth last = YearMonth.from(today);
        List<MonthCounts> months = new ArrayList<>();
        for (YearMonth ym = last.minusMonths(OpenVsClosedTrend.WINDOW_MONTHS - 1); !ym.isAfter(last); ym = ym.plusMonths(1)) {
            var entry = levels.floorEntry(ym);
            Level level = entry == null ? new Level(0, 0) : entry.getValue();
            months.add(MonthCounts.of(ym, level.open(), level.verified()));
        }
        return ChartFigures.of(new OpenVsClosedTrend(SERIES, months));
    }
}
