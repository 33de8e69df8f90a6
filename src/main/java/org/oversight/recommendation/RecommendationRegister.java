package org.oversight.recommendation;

import org.oversight.base.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.base.export.Column;
import org.oversight.base.export.Table;
import org.oversight.base.export.TableWriter;
import org.oversight.recommendation.internal.JooqItemProgressQuery;
import org.oversight.recommendation.internal.JooqItemQuery;
import org.oversight.recommendation.internal.JooqRegisterQuery;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the register: pages of items, one item's detail, history and progress. Every method limits
 * what it reads to the signed-in user's scope ({@link ItemScope}); an item outside it is simply absent.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationRegister {

    /** Longest page a caller may ask for, so that no screen can load the whole register at once. */
    static final int MAX_PAGE = 500;

    private final JooqRegisterQuery register;
    private final JooqItemQuery items;
    private final JooqItemProgressQuery progress;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecommendationRegister(JooqRegisterQuery register, JooqItemQuery items, JooqItemProgressQuery progress,
                           CurrentUser currentUser, Clock clock) {
        this.register = register;
        this.items = items;
        this.progress = progress;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Which items the signed-in user may read, for a view to say so (and offer filters) without testing roles. */
    public ItemScope scope() {
        return ItemScope.of(currentUser.require());
    }

    public int count(RegisterFilter filter) {
        return register.count(filter, scope(), today());
    }

    public List<RegisterRow> page(RegisterFilter filter, int offset, int limit, List<SortBy> sort) {
        return register.page(filter, scope(), today(), Math.max(0, offset),
                Math.clamp(limit, 0, MAX_PAGE), sort);
    }

    /**
     * The count, as {@link #count} gives it, and the first {@code limit} rows, as {@link #page} gives them, when one
     * statement serves both (a text search across every organisation, decision 0125; else the rows are null): for
     * {@link RegisterPager}.
     */
    JooqRegisterQuery.CountedPage countWithFirstPage(RegisterFilter filter, int limit, List<SortBy> sort) {
        return register.countWithFirstPage(filter, scope(), today(), Math.clamp(limit, 0, MAX_PAGE), sort);
    }

    /**
     * The rows after the one whose sort key is {@code after} (skipping {@code skip} more): keyset paging, for
     * {@link RegisterPager}. The key only narrows the query; the user's scope applies as to every page.
     */
    List<RegisterRow> pageAfter(RegisterFilter filter, Object[] after, int skip, int limit, List<SortBy> sort) {
        return register.page(filter, scope(), today(), after, Math.max(0, skip), Math.clamp(limit, 0, MAX_PAGE), sort);
    }

    /** The sort key of an item the user was just shown, for {@link RegisterPager} to seek past it next time. */
    Object[] keyOf(long trackedId, List<SortBy> sort) {
        return register.keyOf(trackedId, sort);
    }

    /** The register's columns in an export: what the grid shows, with dates and numbers as such. */
    static Table<RegisterRow> exportTable() {
        return Table.of(Messages.t("recommendation.export.empty"),
                Column.text(Messages.t("recommendation.export.report"), RegisterRow::reportReference),
                Column.text(Messages.t("recommendation.export.report-title"), RegisterRow::reportTitle),
                Column.text(Messages.t("recommendation.export.number"), RegisterRow::number),
                Column.text(Messages.t("recommendation.export.recommendation"), RegisterRow::text),
                Column.text(Messages.t("recommendation.export.recipient"), RegisterRow::recipientName),
                Column.text(Messages.t("recommendation.export.kind"), r -> KindLabels.of(r.kind())),
                Column.text(Messages.t("recommendation.export.priority"), r -> r.priority().label()),
                Column.text(Messages.t("recommendation.export.status"), r -> r.status().label()),
                Column.date(Messages.t("recommendation.export.due"), RegisterRow::dueOn),
                Column.number(Messages.t("recommendation.export.days-left"), RegisterRow::daysLeft),
                Column.date(Messages.t("recommendation.export.closed"), RegisterRow::closedOn),
                Column.text(Messages.t("recommendation.export.watchdog"), RegisterRow::watchdogName));
    }

    /**
     * Writes every row the grid would show for the filter, in the grid's order, to the export: the user's scope
     * applies exactly as on the screen, so another organisation's filter gives an empty file, never its rows.
     *
     * @return how many rows were written
     */
    public long export(RegisterFilter filter, List<SortBy> sort, TableWriter out) {
        ItemScope scope = scope();
        LocalDate today = today();
        return exportTable().write(out, sink -> register.forEach(filter, scope, today, sort, sink));
    }

    /** The item, if it exists and the user may see it. */
    public Optional<RecommendationDetail> detail(long trackedId) {
        return items.detail(trackedId, scope(), today());
    }

    /** Whether the item exists and the user may see it, as {@link #detail} decides, in one indexed query. */
    public boolean canSee(long trackedId) {
        return items.exists(trackedId, scope());
    }

    /**
     * The item's dated status history, oldest first; empty if the user may not see the item. Access is checked as
     * {@link #canSee} checks it, not by reading the whole {@link #detail} again (the item page has it already).
     */
    public List<StatusHistoryEntry> history(long trackedId) {
        return canSee(trackedId) ? items.history(trackedId) : List.of();
    }

    /**
     * The plan, actions, updates and evidence answering the item; empty if the user may not see the item (checked
     * within the same scope as {@link #detail}, in one indexed query that also gives the item's report and recipient).
     */
    public Optional<ItemProgress> progress(long trackedId) {
        return items.placement(trackedId, scope()).map(p -> progress.progress(trackedId, p.reportId(), p.recipientId()));
    }

    /**
     * How all recipients of each recommendation stand. Counts only, never who: they are shown to anyone who may
     * see the report (the report service decides that).
     */
    public Map<Long, RecipientSummary> recipientSummaries(Collection<Long> recommendationIds) {
        currentUser.require();
        return recommendationIds.isEmpty() ? Map.of() : items.recipientSummaries(recommendationIds);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
