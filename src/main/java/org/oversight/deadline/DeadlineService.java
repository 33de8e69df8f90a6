package org.oversight.deadline;

import org.oversight.base.export.Column;
import org.oversight.base.export.Pages;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.recommendation.ItemScope;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's deadlines (see {@link DeadlineScope}): the counts behind the header's bell and the
 * notifications list.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

    private final JooqDeadlineQuery query;
    private final CurrentUser currentUser;
    private final DeadlineProperties properties;
    private final Clock clock;

    DeadlineService(JooqDeadlineQuery query, CurrentUser currentUser, DeadlineProperties properties, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** Which items the signed-in user may read: whether a list spans several recipients, without testing roles. */
    public ItemScope itemScope() {
        return ItemScope.of(currentUser.require());
    }

    /** The signed-in user's recommendations' deadlines: the Deadlines list's rows. */
    public DeadlineCounts myCounts() {
        return query.counts(DeadlineScope.of(currentUser.require()), today(), properties.dueSoonDays());
    }

    /**
     * The bell's counts: the user's recommendations' deadlines and the commissioners' published responses owed in
     * the same scope, each counted by the one definition (decision 0010, {@code DeadlineStanding}).
     */
    public DeadlineCounts myBellCounts() {
        DeadlineScope scope = DeadlineScope.of(currentUser.require());
        LocalDate today = today();
        return query.counts(scope, today, properties.dueSoonDays())
                .withCommissioners(query.commissionerDeadlines(scope, today), today, properties.dueSoonDays());
    }

    /** One page of the user's deadlines, soonest (most overdue) first. */
    public List<Deadline> myDeadlines(DeadlineFilter filter, int offset, int limit) {
        return query.list(DeadlineScope.of(currentUser.require()), filter, today(), properties.dueSoonDays(), offset, limit);
    }

    public int countMyDeadlines(DeadlineFilter filter) {
        return query.size(DeadlineScope.of(currentUser.require()), filter, today(), properties.dueSoonDays());
    }

    /** The commissioners' responses still owed that concern the user, soonest first (see {@link DeadlineScope}). */
    public List<CommissionerDeadline> myCommissionerDeadlines() {
        return query.commissionerDeadlines(DeadlineScope.of(currentUser.require()), today());
    }

    /** The deadlines list's columns in an export. */
    static Table<Deadline> exportTable(LocalDate today) {
        return Table.of("No deadlines in this list.",
                Column.date("Due", Deadline::dueOn),
                Column.number("Days left", d -> d.daysLeft(today)),
                Column.text("Paused", d -> d.paused() ? "Paused" : ""),
                Column.text("Report", Deadline::reportReference),
                Column.text("Report title", Deadline::reportTitle),
                Column.text("Number", Deadline::recommendationNumber),
                Column.text("Recommendation", Deadline::recommendationText),
                Column.text("Recipient", Deadline::recipientName),
                Column.text("Watchdog", Deadline::watchdogName),
                Column.text("Who must act", d -> d.side() == Deadline.Side.WATCHDOG ? d.watchdogName() : d.recipientName()),
                Column.text("What is due", Deadline::deliverable),
                Column.text("Status", d -> d.status().label()));
    }

    /** Writes the user's deadlines in the list, in its order and scope, page by page. */
    public long export(DeadlineFilter filter, TableWriter out) {
        DeadlineScope scope = DeadlineScope.of(currentUser.require());
        LocalDate today = today();
        int soon = properties.dueSoonDays();
        return exportTable(today).write(out, Pages.of((offset, limit) -> query.list(scope, filter, today, soon, offset, limit)));
    }

    /** How many days ahead count as due soon. */
    public int dueSoonDays() {
        return properties.dueSoonDays();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
