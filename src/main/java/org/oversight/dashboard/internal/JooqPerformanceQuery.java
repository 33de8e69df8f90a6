package org.oversight.dashboard.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.OUTCOME_ASSESSMENT;
import static org.oversight.db.Tables.RECOMMENDATION_LINK;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.ForcePerformance;
import org.oversight.deadline.ResponseClocks;
import org.oversight.outcome.OutcomeRating;
import org.oversight.recommendation.OrganisationRef;
import org.springframework.stereotype.Repository;

/**
 * The performance table: one GROUP BY force over the items the dashboard's filter selects, with a conditional count
 * per figure. Overdue, the median and the reopen rate use the dashboard's own definitions ({@link ItemSelection});
 * on time reads the response clocks; the outcome is each item's latest assessment.
 */
@Repository
public class JooqPerformanceQuery {

    private final DSLContext dsl;

    JooqPerformanceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every force's figures (counts only: see decision 0005 and PerformanceService). */
    public List<ForcePerformance> perForce(DashboardFilter filter, LocalDate today) {
        var t = TRACKED_RECOMMENDATION;
        Condition responded = ResponseClocks.responded(t.ID);
        Condition onTime = ResponseClocks.onTime(t.ID);
        var o = OUTCOME_ASSESSMENT.as("latest_outcome");
        Field<String> outcome = select(o.RATING).from(o).where(o.TRACKED_RECOMMENDATION_ID.eq(t.ID))
                .orderBy(o.ASSESSED_ON.desc(), o.ID.desc()).limit(inline(1)).asField();
        Condition repeats = exists(selectOne().from(RECOMMENDATION_LINK)
                .where(RECOMMENDATION_LINK.RECOMMENDATION_ID.eq(t.RECOMMENDATION_ID)));
        return dsl.select(ORGANISATION.CODE, ORGANISATION.NAME, count(),
                        count().filterWhere(responded), count().filterWhere(onTime),
                        ItemSelection.medianDaysToVerify().convertFrom(m -> m == null ? null : m.doubleValue()),
                        count().filterWhere(t.STATUS.eq(org.oversight.recommendation.Status.VERIFIED_IMPLEMENTED)),
                        count().filterWhere(ItemSelection.open()),
                        count().filterWhere(ItemSelection.open().and(ItemSelection.overdue(today))),
                        count().filterWhere(ItemSelection.everClosed()),
                        count().filterWhere(ItemSelection.reopened()),
                        count().filterWhere(outcome.in(OutcomeRating.EFFECTIVE.name(),
                                OutcomeRating.PARTLY_EFFECTIVE.name(), OutcomeRating.NOT_EFFECTIVE.name())),
                        count().filterWhere(outcome.eq(OutcomeRating.EFFECTIVE.name())),
                        count().filterWhere(outcome.eq(OutcomeRating.COULD_NOT_BE_DETERMINED.name())),
                        count().filterWhere(repeats))
                .from(ItemSelection.items())
                .join(ORGANISATION).on(ORGANISATION.ID.eq(t.RECIPIENT_ID))
                .where(ORGANISATION.KIND.eq(OrganisationRef.Kind.FORCE))
                .and(ItemSelection.of(filter, today))
                .groupBy(ORGANISATION.ID, ORGANISATION.CODE, ORGANISATION.NAME)
                .orderBy(ORGANISATION.NAME)
                .fetch(Records.mapping(ForcePerformance::new));
    }
}
