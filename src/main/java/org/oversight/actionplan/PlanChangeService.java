package org.oversight.actionplan;

import java.util.Optional;
import org.oversight.actionplan.internal.JooqPlanQuery;
import org.oversight.actionplan.internal.JooqReturnSnapshotRepository;
import org.oversight.actionplan.internal.PlanRow;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a resubmitted plan changed since the watchdog returned it: the one place that difference is computed, for the
 * plan page and the "plan submitted" handoff alike. Whoever may read the plan may read its changes.
 */
@Service
@Transactional(readOnly = true)
public class PlanChangeService {

    private final JooqReturnSnapshotRepository snapshots;
    private final JooqPlanQuery query;
    private final PlanRules rules;
    private final CurrentUser currentUser;

    PlanChangeService(JooqReturnSnapshotRepository snapshots, JooqPlanQuery query, PlanRules rules, CurrentUser currentUser) {
        this.snapshots = snapshots;
        this.query = query;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /**
     * The changes of a plan that is submitted again after a return, while the watchdog decides on it; empty for a
     * plan submitted for the first time, or one not awaiting a decision.
     */
    public Optional<PlanChanges> sinceReturn(long planId) {
        return sinceReturn(rules.readablePlan(currentUser.require(), planId));
    }

    /** As {@link #sinceReturn(long)}, for a plan the user was already found to read ({@link PlanPages}). */
    Optional<PlanChanges> sinceReturn(PlanRow plan) {
        if (plan.status() != PlanStatus.SUBMITTED) {
            return Optional.empty();
        }
        long planId = plan.id();
        return snapshots.latest(planId).map(returned ->
                PlanDiff.between(returned, query.header(planId).orElseThrow().summary(), snapshots.current(planId)));
    }
}
