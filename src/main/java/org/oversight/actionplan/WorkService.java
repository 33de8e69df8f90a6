package org.oversight.actionplan;

import java.time.OffsetDateTime;
import org.oversight.base.export.Column;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.oversight.deadline.DeadlineProperties;
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
    private final DeadlineProperties deadlineProperties;

    WorkService(JooqWorkQuery query, CurrentUser currentUser, Clock clock, DeadlineProperties deadlineProperties) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
        this.deadlineProperties = deadlineProperties;
    }

    /** The lead's organisation's items that await a plan or are in progress: overdue first, then the nearest deadline. */
    public List<WorkItem> myWork() {
        SignedInUser user = currentUser.requireRole(Role.FORCE_LEAD, Role.NATIONAL_LEAD);
        return query.worklist(ItemScope.of(user), user.organisationId(), WORKLIST_STATES, LocalDate.now(clock),
                deadlineProperties.dueSoonDays());
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

    /** The worklist's columns in an export. */
    static final Table<WorkItem> WORK_EXPORT = Table.of("Nothing awaits a plan or is in progress.",
            Column.text("Report", WorkItem::reportReference),
            Column.text("Report title", WorkItem::reportTitle),
            Column.text("Number", WorkItem::number),
            Column.text("Recommendation", WorkItem::text),
            Column.text("Status", i -> i.status().label()),
            Column.date("Due", WorkItem::dueOn),
            Column.number("Days left", WorkItem::daysLeft),
            Column.text("Action plan", i -> i.planStatus() == null ? "" : i.planStatus().label()));

    /** The plans list's columns in an export. */
    static final Table<PlanSummary> PLAN_EXPORT = Table.of("No action plan has been started yet.",
            Column.text("Report", PlanSummary::reportReference),
            Column.text("Report title", PlanSummary::reportTitle),
            Column.text("Organisation", PlanSummary::organisationName),
            Column.text("Plan", p -> p.status().label()),
            Column.number("Actions", PlanSummary::actions),
            Column.number("Actions done", PlanSummary::actionsDone),
            Column.date("Next action due", PlanSummary::nextDueOn),
            Column.dateTime("Submitted (UTC)", PlanSummary::submittedAt),
            Column.dateTime("Last change (UTC)", PlanSummary::updatedAt));

    /** My work as a file: the same items, same order, same scope as the screen. */
    public long exportMyWork(TableWriter out) {
        List<WorkItem> items = myWork();
        return WORK_EXPORT.write(out, items::forEach);
    }

    public long exportMyPlans(TableWriter out) {
        List<PlanSummary> plans = myPlans();
        return PLAN_EXPORT.write(out, plans::forEach);
    }

    /** One line of the queues' export: which queue, and what waits in it. */
    record QueueLine(String queue, String organisation, String report, String what, String detail, OffsetDateTime since,
                     LocalDate from, LocalDate to) {
    }

    static final Table<QueueLine> QUEUE_EXPORT = Table.of("Nothing is waiting for your decision.",
            Column.text("Queue", QueueLine::queue),
            Column.text("Organisation", QueueLine::organisation),
            Column.text("Report", QueueLine::report),
            Column.text("What", QueueLine::what),
            Column.text("Detail", QueueLine::detail),
            Column.dateTime("Waiting since (UTC)", QueueLine::since),
            Column.date("Due date now", QueueLine::from),
            Column.date("Due date asked for", QueueLine::to));

    /** Every entry of the three queues, not only the first {@value #QUEUE_LENGTH} the screen shows of each. */
    public long exportQueues(TableWriter out) {
        SignedInUser user = currentUser.requireRole(Role.WATCHDOG);
        long watchdog = user.organisationId();
        return QUEUE_EXPORT.write(out, sink -> {
            query.plansAwaitingDecision(watchdog, Integer.MAX_VALUE).forEach(p -> sink.accept(new QueueLine(
                    "Action plan to accept or return", p.organisationName(), p.reportReference(), p.reportTitle(),
                    p.actions() + " actions", p.submittedAt(), null, null)));
            query.revisionsAwaitingApproval(watchdog, Integer.MAX_VALUE).forEach(r -> sink.accept(new QueueLine(
                    "New due date to approve", r.organisationName(), r.reportReference(), r.actionTitle(), r.reason(),
                    r.requestedAt(), r.fromDueOn(), r.toDueOn())));
            query.claimsAwaitingVerification(watchdog, Integer.MAX_VALUE).forEach(c -> sink.accept(new QueueLine(
                    "Completion claim to verify", c.organisationName(), c.reportReference(), c.reference(), c.text(),
                    c.claimedAt(), null, null)));
        });
    }

    /** Recommendations of the signed-in watchdog's reports verified on evidence that has since expired. */
    public List<VerifiedOnExpiredEvidence> verifiedOnExpiredEvidence() {
        SignedInUser user = currentUser.requireRole(Role.WATCHDOG);
        return query.verifiedOnExpiredEvidence(user.organisationId(), LocalDate.now(clock), QUEUE_LENGTH);
    }
}
