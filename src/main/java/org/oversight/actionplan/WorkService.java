package org.oversight.actionplan;

import java.time.OffsetDateTime;
import org.oversight.base.export.Column;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.oversight.base.i18n.Messages;
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

    /** The worklist's columns in an export, headed in the reader's language (decision 0093). */
    static Table<WorkItem> workExport() {
        return Table.of(Messages.t("actionplan.export.work.empty"),
                Column.text(Messages.t("actionplan.export.report"), WorkItem::reportReference),
                Column.text(Messages.t("actionplan.export.report-title"), WorkItem::reportTitle),
                Column.text(Messages.t("actionplan.export.number"), WorkItem::number),
                Column.text(Messages.t("actionplan.export.recommendation"), WorkItem::text),
                Column.text(Messages.t("actionplan.export.status"), i -> i.status().label()),
                Column.date(Messages.t("actionplan.export.due"), WorkItem::dueOn),
                Column.number(Messages.t("actionplan.export.days-left"), WorkItem::daysLeft),
                Column.text(Messages.t("actionplan.export.plan"), i -> i.planStatus() == null ? "" : i.planStatus().label()));
    }

    /** The plans list's columns in an export. */
    static Table<PlanSummary> planExport() {
        return Table.of(Messages.t("actionplan.export.plans.empty"),
                Column.text(Messages.t("actionplan.export.report"), PlanSummary::reportReference),
                Column.text(Messages.t("actionplan.export.report-title"), PlanSummary::reportTitle),
                Column.text(Messages.t("actionplan.export.organisation"), PlanSummary::organisationName),
                Column.text(Messages.t("actionplan.export.plan-status"), p -> p.status().label()),
                Column.number(Messages.t("actionplan.export.actions"), PlanSummary::actions),
                Column.number(Messages.t("actionplan.export.actions-done"), PlanSummary::actionsDone),
                Column.date(Messages.t("actionplan.export.next-due"), PlanSummary::nextDueOn),
                Column.dateTime(Messages.t("actionplan.export.submitted"), PlanSummary::submittedAt),
                Column.dateTime(Messages.t("actionplan.export.last-change"), PlanSummary::updatedAt));
    }

    /** My work as a file: the same items, same order, same scope as the screen. */
    public long exportMyWork(TableWriter out) {
        List<WorkItem> items = myWork();
        return workExport().write(out, items::forEach);
    }

    public long exportMyPlans(TableWriter out) {
        List<PlanSummary> plans = myPlans();
        return planExport().write(out, plans::forEach);
    }

    /** One line of the queues' export: which queue, and what waits in it. */
    record QueueLine(String queue, String organisation, String report, String what, String detail, OffsetDateTime since,
                     LocalDate from, LocalDate to) {
    }

    static Table<QueueLine> queueExport() {
        return Table.of(Messages.t("actionplan.export.queues.empty"),
                Column.text(Messages.t("actionplan.export.queue"), QueueLine::queue),
                Column.text(Messages.t("actionplan.export.organisation"), QueueLine::organisation),
                Column.text(Messages.t("actionplan.export.report"), QueueLine::report),
                Column.text(Messages.t("actionplan.export.what"), QueueLine::what),
                Column.text(Messages.t("actionplan.export.detail"), QueueLine::detail),
                Column.dateTime(Messages.t("actionplan.export.waiting-since"), QueueLine::since),
                Column.date(Messages.t("actionplan.export.due-now"), QueueLine::from),
                Column.date(Messages.t("actionplan.export.due-asked"), QueueLine::to));
    }

    /** Every entry of the three queues, not only the first {@value #QUEUE_LENGTH} the screen shows of each. */
    public long exportQueues(TableWriter out) {
        SignedInUser user = currentUser.requireRole(Role.WATCHDOG);
        long watchdog = user.organisationId();
        return queueExport().write(out, sink -> {
            query.plansAwaitingDecision(watchdog, Integer.MAX_VALUE).forEach(p -> sink.accept(new QueueLine(
                    Messages.t("actionplan.export.queue.plans"), p.organisationName(), p.reportReference(), p.reportTitle(),
                    Messages.t("actionplan.export.queue.actions", p.actions()), p.submittedAt(), null, null)));
            query.revisionsAwaitingApproval(watchdog, Integer.MAX_VALUE).forEach(r -> sink.accept(new QueueLine(
                    Messages.t("actionplan.export.queue.revisions"), r.organisationName(), r.reportReference(), r.actionTitle(), r.reason(),
                    r.requestedAt(), r.fromDueOn(), r.toDueOn())));
            query.claimsAwaitingVerification(watchdog, Integer.MAX_VALUE).forEach(c -> sink.accept(new QueueLine(
                    Messages.t("actionplan.export.queue.claims"), c.organisationName(), c.reportReference(), c.reference(), c.text(),
                    c.claimedAt(), null, null)));
        });
    }

    /** Recommendations of the signed-in watchdog's reports verified on evidence that has since expired. */
    public List<VerifiedOnExpiredEvidence> verifiedOnExpiredEvidence() {
        SignedInUser user = currentUser.requireRole(Role.WATCHDOG);
        return query.verifiedOnExpiredEvidence(user.organisationId(), LocalDate.now(clock), QUEUE_LENGTH);
    }
}
