package org.oversight.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.oversight.actionplan.internal.JooqWorkQuery;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.Status;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits for whom: a lead's worklist and plans, a watchdog's queues of decisions. */
@Service
@Transactional(readOnly = true)
public class WorkService {

    /** Each watchdog queue lists at most this many, longest waiting first; the count is always whole. */
    public static final int QUEUE_LENGTH = 25;

    static final EnumSet<Status> WORKLIST_STATES = EnumSet.of(Status.OPEN, Status.PLAN_AWAITED, Status.PLAN_SUBMITTED,
            Status.PLAN_ACCEPTED, Status.IN_PROGRESS);

    private final JooqWorkQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkService(JooqWorkQuery query, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The lead's organisation's items that await a plan or are in progress: overdue first, then the nearest deadline. */
    public List<WorkItem> myWork() {
        SignedInUser user = currentUser.requireRole(Role.FORCE_LEAD, Role.NATIONAL_LEAD);
        return query.worklist(ItemScope.of(user), user.organisationId(), WORKLIST_STATES, LocalDate.now(clock));
    }

    public List<PlanSummary> myPlans() {
        SignedInUser user = currentUser.requireRole(Role.FORCE_LEAD, Role.NATIONAL_LEAD, Role.CHIEF_OFFICER);
        return query.plansOf(user.organisationId());
    }

    /** Plans, date revisions and completion claims waiting for the signed-in watchdog's decision on its own reports. */
    public WatchdogQueues queues() {
        SignedInUser user = currentUser.requireRole(Role.WATCHDOG);
        long watchdog = user.organisationId();
        return new WatchdogQueues(
                query.plansAwaitingDecision(watchdog, QUEUE_LENGTH), query.plansAwaitingDecisionCount(watchdog),
                query.revisionsAwaitingApproval(watchdog, QUEUE_LENGTH), query.revisionsAwaitingApprovalCount(watchdog),
                query.claimsAwaitingVerification(watchdog, QUEUE_LENGTH), query.claimsAwaitingVerificationCount(watchdog));
    }

    /** Recommendations of the signed-in watchdog's reports verified on evidence that has since expired. */
    public List<VerifiedOnExpiredEvidence> verifiedOnExpiredEvidence() {
        SignedInUser user = currentUser.requireRole(Role.WATCHDOG);
        return query.verifiedOnExpiredEvidence(user.organisationId(), LocalDate.now(clock), QUEUE_LENGTH);
    }
}
