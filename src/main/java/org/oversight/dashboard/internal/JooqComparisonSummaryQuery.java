package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.sum;
import static org.oversight.db.Tables.ORGANISATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.base.RenderedOnce;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.StatusGroups;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.StatusByForce;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Repository;

/**
 * Chart 1, status by force, from the item counts summary ({@link ItemCounts}, decision 0105): the same rows as
 * {@link JooqComparisonQuery} counts from live rows, which stays as the recount and serves the theme filter.
 */
@Repository
public class JooqComparisonSummaryQuery {

    private final DSLContext dsl;
    /** Asked on every opening of the dashboard: rendered once for each scope, filter and day (decision 0146). */
    private final RenderedOnce<List<Object>> rendered = new RenderedOnce<>(500);

    JooqComparisonSummaryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** As {@link JooqComparisonQuery#statusByForce}; the rows in order of organisation name. */
    public ChartFigures<StatusByForce> statusByForce(ItemScope scope, DashboardFilter filter, LocalDate today,
                                                     Optional<String> comparedForce) {
        Condition notOverdue = ItemCounts.notOverdue(today);
        // the one deliberate exception to ItemScope (docs/decisions/0005-dashboard.md), as in JooqComparisonQuery
        Condition counted = comparedForce.isPresent() ? ORGANISATION.KIND.eq(OrganisationRef.Kind.FORCE)
                : scope.organisation(ItemCounts.RECIPIENT_ID);
        Map<String, String> codes = new HashMap<>();
        List<CountRow> rows = rendered.fetch(dsl, List.of(scope, filter, today, comparedForce), () -> dsl.select(
                        ORGANISATION.NAME, ORGANISATION.CODE, ORGANISATION.KIND,
                        ItemCounts.items(ItemCounts.STATUS.in(Status.AWAITING_PLAN).and(notOverdue)),
                        ItemCounts.items(ItemCounts.STATUS.in(Status.PLAN_AGREED).and(notOverdue)),
                        ItemCounts.items(ItemCounts.STATUS.eq(Status.REPORTED_COMPLETE).and(notOverdue)),
                        ItemCounts.items(ItemCounts.open().and(ItemCounts.overdue(today))),
                        ItemCounts.items(ItemCounts.verified()),
                        ItemCounts.items(ItemCounts.STATUS.in(Status.CLOSED_UNVERIFIED)))
                .from(ItemCounts.from(filter, today))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ItemCounts.RECIPIENT_ID))
                .where(counted)
                .and(ItemCounts.of(filter, today))
                .groupBy(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.CODE, ORGANISATION.KIND)
                // rows left at zero by items that moved on are the same as no row
                .having(sum(ItemCounts.N).gt(BigDecimal.ZERO))
                .orderBy(ORGANISATION.NAME))
                .map(Records.mapping((name, code, kind, awaitingPlan, planAgreed, reportedComplete, overdue, verified,
                                        unverified) ->
                        JooqComparisonQuery.row(codes, name, code, kind, awaitingPlan, planAgreed, reportedComplete,
                                overdue, verified, unverified)));
        return new ChartFigures<>(new StatusByForce(StatusGroups.ALL, rows, comparedForce), codes, Map.of());
    }
}
