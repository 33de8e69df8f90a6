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
import org.oversight.recommendation.RecommendationScope;
import org.oversight.recommendation.Status;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Repository;

/** Chart 1, status by force: one GROUP BY recipient with a conditional count per status group. */
@Repository
public class JooqComparisonQuery {

    private final DSLContext dsl;

    JooqComparisonQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @param comparative true to count every force (a chief officer comparing their force with the others: counts
     *                    only, never an item), false to count only what the user may see
     */
    public ChartFigures<StatusByForce> statusByForce(SignedInUser user, DashboardFilter filter, LocalDate today,
                                                     boolean comparative) {
        var t = TRACKED_RECOMMENDATION;
        Condition open = ItemSelection.open();
        Condition notOverdue = ItemSelection.notOverdue(today);
        Condition scope = comparative ? ORGANISATION.KIND.eq(OrganisationRef.Kind.FORCE) : RecommendationScope.visibleTo(user);
        Map<String, String> codes = new HashMap<>();
        List<CountRow> rows = dsl.select(ORGANISATION.NAME, ORGANISATION.CODE,
                        count().filterWhere(t.STATUS.in(names(Status.AWAITING_PLAN)).and(notOverdue)),
                        count().filterWhere(t.STATUS.in(names(Status.PLAN_AGREED)).and(notOverdue)),
                        count().filterWhere(t.STATUS.eq(Status.REPORTED_COMPLETE).and(notOverdue)),
                        count().filterWhere(open.and(ItemSelection.overdue(today))),
                        count().filterWhere(t.STATUS.eq(Status.VERIFIED_IMPLEMENTED)))
                .from(ItemSelection.items())
                .join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .where(scope)
                .and(ItemSelection.of(filter, today))
                .and(t.STATUS.in(names(StatusGroups.CHARTED)))
                .groupBy(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.CODE)
                .fetch(Records.mapping((name, code, awaitingPlan, planAgreed, reportedComplete, overdue, verified) -> {
                    codes.put(name, code);
                    return CountRow.of(name, awaitingPlan, planAgreed, reportedComplete, overdue, verified);
                }));
        Optional<String> highlighted = comparative ? Optional.ofNullable(user.organisationName()) : Optional.empty();
        return new ChartFigures<>(new StatusByForce(StatusGroups.ALL, rows, highlighted), codes, Map.of());
    }

    static List<String> names(Collection<Status> statuses) {
        return statuses.stream().map(Status::name).sorted().toList();
    }
}
