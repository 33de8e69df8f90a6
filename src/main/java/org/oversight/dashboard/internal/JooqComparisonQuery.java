package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.count;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.oversight.dashboard.ChartFigures;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.StatusGroups;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.StatusByForce;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Status;
import org.springframework.stereotype.Repository;

/** Chart 1, status by force: one GROUP BY recipient with a conditional count per status group. */
@Repository
public class JooqComparisonQuery {

    private final DSLContext dsl;

    JooqComparisonQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @param scope         what the user may see
     * @param comparedForce the chief officer's own force, to count every force and highlight theirs (counts only,
     *                      never an item), or empty to count only within {@code scope}
     */
    public ChartFigures<StatusByForce> statusByForce(ItemScope scope, DashboardFilter filter, LocalDate today,
                                                     Optional<String> comparedForce) {
        var t = TRACKED_RECOMMENDATION;
        Condition open = ItemSelection.open();
        Condition notOverdue = ItemSelection.notOverdue(today);
        // the one deliberate exception to ItemScope (docs/decisions/0005-dashboard.md): a chief officer's chart
        // counts every force, so that they can compare their own with the rest; it shows counts, never an item
        Condition counted = comparedForce.isPresent() ? ORGANISATION.KIND.eq(OrganisationRef.Kind.FORCE) : scope.items();
        Map<String, String> codes = new HashMap<>();
        List<CountRow> rows = dsl.select(ORGANISATION.NAME, ORGANISATION.CODE, ORGANISATION.KIND,
                        count().filterWhere(t.STATUS.in(names(Status.AWAITING_PLAN)).and(notOverdue)),
                        count().filterWhere(t.STATUS.in(names(Status.PLAN_AGREED)).and(notOverdue)),
                        count().filterWhere(t.STATUS.eq(Status.REPORTED_COMPLETE).and(notOverdue)),
                        count().filterWhere(open.and(ItemSelection.overdue(today))),
                        count().filterWhere(t.STATUS.eq(Status.VERIFIED_IMPLEMENTED)),
                        count().filterWhere(t.STATUS.in(names(Status.CLOSED_UNVERIFIED))))
                .from(ItemSelection.itemsFor(filter, today))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .where(counted)
                .and(ItemSelection.of(filter, today))
                .groupBy(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.CODE, ORGANISATION.KIND)
                .fetch(Records.mapping((name, code, kind, awaitingPlan, planAgreed, reportedComplete, overdue, verified,
                                        unverified) ->
                        row(codes, name, code, kind, awaitingPlan, planAgreed, reportedComplete, overdue, verified,
                                unverified)));
        return new ChartFigures<>(new StatusByForce(StatusGroups.ALL, rows, comparedForce), codes, Map.of());
    }

    /**
     * One organisation's row, a count per group of {@link StatusGroups#ALL} in its order, its code noted for the
     * table's links; the same for the summary's query.
     */
    static CountRow row(Map<String, String> codes, String name, String code, OrganisationRef.Kind kind,
                        Integer awaitingPlan, Integer planAgreed, Integer reportedComplete, Integer overdue, Integer verified,
                        Integer closedUnverified) {
        codes.put(name, code);
        CountRow row = CountRow.of(name, awaitingPlan, planAgreed, reportedComplete, overdue, verified, closedUnverified);
        return kind == OrganisationRef.Kind.NATIONAL_BODY ? row.asNationalBody() : row;
    }

    static List<String> names(Collection<Status> statuses) {
        return statuses.stream().map(Status::name).sorted().toList();
    }
}
