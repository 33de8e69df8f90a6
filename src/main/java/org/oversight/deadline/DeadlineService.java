package org.oversight.deadline;

import org.oversight.base.i18n.Messages;
import org.oversight.base.export.Column;
import org.oversight.base.export.Pages;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.oversight.recommendation.ItemScope;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
        return query.bell(myBellTable());
    }

    /**
     * {@link #myBellCounts()} as a table of one row, for the bell to ask beside its inbox count in one statement
     * (decision 0149). It reads nothing, so it opens no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public BellTable myBellTable() {
        return query.bellTable(DeadlineScope.of(currentUser.require()), today(), properties.dueSoonDays());
    }

    /** One page of the user's deadlines, soonest (most overdue) first. */
    public List<Deadline> myDeadlines(DeadlineFilter filter, int offset, int limit) {
        return query.list(DeadlineScope.of(currentUser.require()), filter, today(), properties.dueSoonDays(), offset, limit);
    }

    /** How many rows each of the user's Deadlines lists holds, from one tally (the bell's, without the commissioners). */
    public Map<DeadlineFilter, Integer> mySizes() {
        return query.sizes(DeadlineScope.of(currentUser.require()), today(), properties.dueSoonDays());
    }

    /** The commissioners' responses still owed that concern the user, soonest first (see {@link DeadlineScope}). */
    public List<CommissionerDeadline> myCommissionerDeadlines() {
        return query.commissionerDeadlines(DeadlineScope.of(currentUser.require()), today());
    }

    /** The deadlines list's columns in an export. */
    static Table<Deadline> exportTable(LocalDate today) {
        // headings are message keys: the file is written in the reader's language
        return Table.of("deadline.export.empty",
                Column.date("deadline.export.due", Deadline::dueOn),
                Column.number("deadline.export.days-left", d -> d.daysLeft(today)),
                Column.text("deadline.export.paused", d -> d.paused() ? Messages.t("deadline.export.paused") : ""),
                Column.text("deadline.export.report", Deadline::reportReference),
                Column.text("deadline.export.report-title", Deadline::reportTitle),
                Column.text("deadline.export.number", Deadline::recommendationNumber),
                Column.text("deadline.export.recommendation", Deadline::recommendationText),
                Column.text("deadline.export.recipient", Deadline::recipientName),
                Column.text("deadline.export.watchdog", Deadline::watchdogName),
                Column.text("deadline.export.who", d -> d.side() == Deadline.Side.WATCHDOG ? d.watchdogName() : d.recipientName()),
                Column.text("deadline.export.what", Deadline::deliverable),
                Column.text("deadline.export.status", d -> d.status().label()));
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
