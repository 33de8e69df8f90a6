package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.ITEM_VERIFIED_DAY;
import static org.oversight.db.Tables.ITEM_VERIFIED_SPAN;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.REPORT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.oversight.base.RenderedOnce;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.HeadlineFigures;
import org.oversight.recommendation.ItemCountsToday;
import org.oversight.recommendation.ItemScope;
import org.springframework.stereotype.Repository;

/**
 * The headline figures from the item counts summaries ({@link ItemCounts}, decisions 0105 and 0123): the same figures
 * as {@link JooqHeadlineQuery} counts from live rows, which stays as the recount and serves the theme filter. Two
 * statements: the conditional sums over item_count (with the action plans' live sub-count), and, over
 * item_verified_day, the distribution of days from publication to a verified close (whose median is taken as
 * PERCENTILE_CONT takes it) split by whether the close was in this quarter, which gives "verified this quarter".
 */
@Repository
public class JooqHeadlineSummaryQuery {

    private final DSLContext dsl;
    /** Asked on every opening of the dashboard: rendered once for each scope, filter and day (decision 0146). */
    private final RenderedOnce<List<Object>> rendered = new RenderedOnce<>(500);

    JooqHeadlineSummaryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public HeadlineFigures figures(ItemScope scope, DashboardFilter filter, LocalDate today, int dueSoonDays) {
        LocalDate quarterStart = JooqHeadlineQuery.quarterStart(today);
        VerifiedDays verifiedDays = verifiedDays(scope, filter, today, quarterStart);
        var row = rendered.fetchSingle(dsl, List.of("figures", scope, filter, today, dueSoonDays), () -> dsl.select(
                        ItemCounts.items(ItemCounts.open()),
                        ItemCounts.items(ItemCounts.overdue(today)),
                        ItemCounts.items(ItemCounts.dueSoon(today, dueSoonDays)),
                        ItemCounts.items(ItemCounts.noTargetDate()),
                        JooqHeadlineQuery.plansAwaitingDecision(scope, filter, today),
                        ItemCounts.items(ItemCounts.verified()),
                        ItemCounts.items(ItemCounts.reopened()),
                        ItemCounts.items(ItemCounts.everClosed()))
                .from(ItemCounts.from(filter, today))
                .where(scope.organisation(ItemCounts.RECIPIENT_ID))
                .and(ItemCounts.of(filter, today)));
        return Records.mapping((Integer open, Integer overdue, Integer dueSoon, Integer noTarget, Integer plansAwaiting,
                                Integer verified, Integer reopened, Integer everClosed) -> new HeadlineFigures(open,
                overdue, dueSoon, dueSoonDays, noTarget, plansAwaiting, verifiedDays.thisQuarter(), quarterStart,
                verifiedDays.median(), verified, reopened, everClosed)).map(row);
    }

    /** Verified this quarter, and the median days from publication to a verified close. */
    private record VerifiedDays(int thisQuarter, Double median) {
    }

    /**
     * From item_verified_day, which counts the verified items with a closing date: how many were closed on or after
     * the quarter's first day, and the median of the days from publication to the close, over the distribution
     * (days, how many items) as PERCENTILE_CONT(0.5) takes it, i.e. the middle value, or the mean of the two middle
     * values (null when no item is verified). One statement, grouped by days; the (at most a few thousand) groups
     * are put in order here, not by ORDER BY, which made PostgreSQL sort all the joined rows (it expects as many
     * groups as rows) instead of hashing them (decision 0124). For every recipient with no period chosen, the
     * distribution is read from item_verified_span instead (decision 0127), which counts the same items by watchdog
     * and days from publication: a row per (watchdog, days) rather than per (recipient, report, day verified).
     */
    private VerifiedDays verifiedDays(ItemScope scope, DashboardFilter filter, LocalDate today, LocalDate quarterStart) {
        var v = ITEM_VERIFIED_DAY;
        boolean bySpan = scope.seesEveryOrganisation() && filter.period().publishedFrom(today).isEmpty();
        Field<Integer> days = DSL.localDateDiff(v.VERIFIED_ON, REPORT.PUBLISHED_ON);
        Field<BigDecimal> inThisQuarter = sum(v.N).filterWhere(v.VERIFIED_ON.ge(quarterStart));
        Supplier<Select<Record3<Integer, BigDecimal, BigDecimal>>> grouped = () -> bySpan
                ? spans(filter, quarterStart)
                : dsl.select(days, sum(v.N), inThisQuarter)
                .from(v)
                .join(REPORT).on(REPORT.ID.eq(v.REPORT_ID))
                .where(scope.organisation(v.RECIPIENT_ID))
                .and(ItemCounts.of(filter, today))
                .groupBy(days);
        List<int[]> distribution = new ArrayList<>();
        int inQuarter = 0;
        for (var r : rendered.fetch(dsl, List.of("verified", scope, filter, today), grouped)) {
            if (r.value1() != null) {
                distribution.add(new int[] {r.value1(), ItemCountsToday.asInt(r.value2())});
            }
            inQuarter += ItemCountsToday.asInt(r.value3());
        }
        distribution.sort(Comparator.comparingInt(p -> p[0]));
        return new VerifiedDays(inQuarter, Median.ofDistribution(distribution));
    }

    /**
     * Every recipient's verified items by days from publication, from item_verified_span (one row per watchdog and
     * days), and apart from them (days null) those verified this quarter, from item_verified_day by the day.
     */
    private Select<Record3<Integer, BigDecimal, BigDecimal>> spans(DashboardFilter filter, LocalDate quarterStart) {
        var s = ITEM_VERIFIED_SPAN;
        var v = ITEM_VERIFIED_DAY;
        Condition watchdog = filter.watchdog() == null ? DSL.noCondition()
                : s.WATCHDOG_ID.eq(select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(filter.watchdog())));
        Condition quarterWatchdog = filter.watchdog() == null ? DSL.noCondition()
                : v.REPORT_ID.in(select(REPORT.ID).from(REPORT).join(ORGANISATION).on(ORGANISATION.ID.eq(REPORT.WATCHDOG_ID))
                .where(ORGANISATION.CODE.eq(filter.watchdog())));
        return dsl.select(s.DAYS, sum(s.N), inline(null, BigDecimal.class))
                .from(s)
                .where(watchdog)
                .groupBy(s.DAYS)
                .unionAll(select(inline(null, Integer.class), inline(null, BigDecimal.class), sum(v.N))
                        .from(v)
                        .where(v.VERIFIED_ON.ge(quarterStart))
                        .and(quarterWatchdog));
    }
}
