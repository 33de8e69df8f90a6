package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.REPORT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.HeadlineFigures;
import org.oversight.recommendation.ItemCountKey;
import org.oversight.recommendation.ItemScope;
import org.springframework.stereotype.Repository;

/**
 * The headline figures from the item counts summary ({@link ItemCounts}, decision 0105): the same figures as
 * {@link JooqHeadlineQuery} counts from live rows, which stays as the recount and serves the theme filter. Two
 * statements: the conditional sums (with the action plans' live sub-count), and the distribution of days from
 * publication to a verified close, whose median is taken as PERCENTILE_CONT takes it.
 */
@Repository
public class JooqHeadlineSummaryQuery {

    private final DSLContext dsl;

    JooqHeadlineSummaryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public HeadlineFigures figures(ItemScope scope, DashboardFilter filter, LocalDate today, int dueSoonDays) {
        LocalDate quarterStart = JooqHeadlineQuery.quarterStart(today);
        Double median = medianDaysToVerifiedClose(scope, filter, today);
        return dsl.select(
                        ItemCounts.items(ItemCounts.open()),
                        ItemCounts.items(ItemCounts.overdue(today)),
                        ItemCounts.items(ItemCounts.dueSoon(today, dueSoonDays)),
                        ItemCounts.items(ItemCounts.noTargetDate()),
                        JooqHeadlineQuery.plansAwaitingDecision(scope, filter, today),
                        ItemCounts.items(ItemCounts.verifiedFrom(quarterStart)),
                        ItemCounts.items(ItemCounts.verified()),
                        ItemCounts.items(ItemCounts.reopened()),
                        ItemCounts.items(ItemCounts.everClosed()))
                .from(ItemCounts.from(filter, today))
                .where(scope.organisation(ItemCounts.RECIPIENT_ID))
                .and(ItemCounts.of(filter, today))
                .fetchOne(Records.mapping((open, overdue, dueSoon, noTarget, plansAwaiting, verifiedThisQuarter,
                                           verified, reopened, everClosed) -> new HeadlineFigures(open, overdue,
                        dueSoon, dueSoonDays, noTarget, plansAwaiting, verifiedThisQuarter, quarterStart, median,
                        verified, reopened, everClosed)));
    }

    /**
     * The median of the days from publication to a verified close, over the verified items with a closing date:
     * PERCENTILE_CONT(0.5) over the distribution (days, how many items), i.e. the middle value, or the mean of
     * the two middle values. Null when no item is verified.
     */
    private Double medianDaysToVerifiedClose(ItemScope scope, DashboardFilter filter, LocalDate today) {
        Field<Integer> days = DSL.localDateDiff(ItemCounts.VERIFIED_ON, REPORT.PUBLISHED_ON);
        Field<BigDecimal> items = sum(ItemCounts.N);
        List<int[]> distribution = new ArrayList<>();
        dsl.select(days, items)
                .from(ItemCounts.on(today))
                .join(REPORT).on(REPORT.ID.eq(ItemCounts.REPORT_ID))
                .where(scope.organisation(ItemCounts.RECIPIENT_ID))
                .and(ItemCounts.of(filter, today))
                .and(ItemCounts.verified()).and(ItemCounts.VERIFIED_ON.ne(ItemCountKey.NO_DATE))
                .groupBy(days)
                .orderBy(days)
                .forEach(r -> distribution.add(new int[] {r.value1(), ItemCounts.asInt(r.value2())}));
        return Median.ofDistribution(distribution);
    }
}
