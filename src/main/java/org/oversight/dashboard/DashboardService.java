package org.oversight.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.oversight.base.i18n.Messages;
import org.oversight.dashboard.chart.ActionPlanTimeline;
import org.oversight.dashboard.internal.JooqActionQuery;
import org.oversight.dashboard.internal.JooqComparisonQuery;
import org.oversight.dashboard.internal.JooqComparisonSummaryQuery;
import org.oversight.dashboard.internal.JooqFilterOptionsQuery;
import org.oversight.dashboard.internal.JooqHeadlineQuery;
import org.oversight.dashboard.internal.JooqHeadlineSummaryQuery;
import org.oversight.dashboard.internal.JooqOverdueQuery;
import org.oversight.dashboard.internal.JooqSlippageSummaryQuery;
import org.oversight.dashboard.internal.JooqThemeQuery;
import org.oversight.dashboard.internal.JooqTrendQuery;
import org.oversight.deadline.DeadlineProperties;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures for the signed-in user: every query is limited to what the user may see (their
 * {@link ItemScope}, for items and action plans alike), except that a chief officer's status-by-force chart counts
 * every force so that they can compare their own with the rest (docs/decisions/0005-dashboard.md). Each chart is one SQL statement; nothing is
 * counted in Java.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final CurrentUser currentUser;
    private final Clock clock;
    private final JooqHeadlineQuery headline;
    private final JooqHeadlineSummaryQuery headlineSummary;
    private final JooqComparisonQuery comparison;
    private final JooqComparisonSummaryQuery comparisonSummary;
    private final JooqTrendQuery trend;
    private final JooqOverdueQuery overdue;
    private final JooqActionQuery actions;
    private final JooqSlippageSummaryQuery slippageSummary;
    private final JooqThemeQuery themes;
    private final JooqFilterOptionsQuery reference;
    private final DeadlineProperties deadlineProperties;

    DashboardService(CurrentUser currentUser, Clock clock, JooqHeadlineQuery headline,
                     JooqHeadlineSummaryQuery headlineSummary, JooqComparisonQuery comparison,
                     JooqComparisonSummaryQuery comparisonSummary, JooqTrendQuery trend, JooqOverdueQuery overdue, JooqActionQuery actions,
                     JooqSlippageSummaryQuery slippageSummary, JooqThemeQuery themes,
                     JooqFilterOptionsQuery reference, DeadlineProperties deadlineProperties) {
        this.currentUser = currentUser;
        this.clock = clock;
        this.headline = headline;
        this.headlineSummary = headlineSummary;
        this.comparison = comparison;
        this.comparisonSummary = comparisonSummary;
        this.trend = trend;
        this.overdue = overdue;
        this.actions = actions;
        this.slippageSummary = slippageSummary;
        this.themes = themes;
        this.reference = reference;
        this.deadlineProperties = deadlineProperties;
    }

    /** The headline figures and the data of charts 1–5 for the filter, in six statements. */
    public Dashboard dashboard(DashboardFilter filter) {
        SignedInUser user = currentUser.require();
        ItemScope scope = ItemScope.of(user);
        LocalDate today = LocalDate.now(clock);
        boolean comparative = comparesForces(user);
        return new Dashboard(filter, today, ownOrganisation(user, scope), comparative,
                headline(scope, filter, today),
                statusByForce(scope, filter, today,
                        comparative ? Optional.of(user.organisationName()) : Optional.empty()),
                trend.openVsClosed(scope, filter, today),
                overdue.overdueByWatchdog(scope, filter, today),
                slippage(scope, filter, today),
                themes.themesByForce(scope, filter, today));
    }

    /**
     * One recipient's dashboard (a force's or national body's), as its chief officer sees it: its own figures, and
     * the status-by-force chart comparing every force. For readers who see every organisation (watchdog staff,
     * administrators), any recipient's; for anyone else, only their own organisation's.
     */
    public Dashboard dashboardFor(DashboardFilter filter, OrganisationRef recipient) {
        SignedInUser user = currentUser.require();
        if (!recipient.isRecipient() || !ItemScope.of(user).includes(recipient.id())) {
            throw new AccessDeniedException(Messages.t("dashboard.rule.own-organisation-only"));
        }
        ItemScope scope = new ItemScope(recipient.id());
        LocalDate today = LocalDate.now(clock);
        return new Dashboard(filter, today, Optional.of(recipient.name()), true,
                headline(scope, filter, today),
                statusByForce(scope, filter, today, Optional.of(recipient.name())),
                trend.openVsClosed(scope, filter, today),
                overdue.overdueByWatchdog(scope, filter, today),
                slippage(scope, filter, today),
                themes.themesByForce(scope, filter, today));
    }

    /**
     * The headline figures from the item counts summary (decision 0105), kept exact with every change to an item;
     * with a theme chosen, which the summary does not key by, from live rows.
     */
    private HeadlineFigures headline(ItemScope scope, DashboardFilter filter, LocalDate today) {
        int dueSoonDays = deadlineProperties.dueSoonDays();
        return filter.theme() == null ? headlineSummary.figures(scope, filter, today, dueSoonDays)
                : headline.figures(scope, filter, today, dueSoonDays);
    }

    /** Chart 1 from the item counts summary, or with a theme chosen from live rows (as the headline). */
    private ChartFigures<org.oversight.dashboard.chart.StatusByForce> statusByForce(ItemScope scope,
            DashboardFilter filter, LocalDate today, Optional<String> comparedForce) {
        return filter.theme() == null ? comparisonSummary.statusByForce(scope, filter, today, comparedForce)
                : comparison.statusByForce(scope, filter, today, comparedForce);
    }

    /**
     * Chart 4 from the slippage summary (decision 0112), kept exact with every write to an action; with a theme
     * chosen, which the summary does not key by, from live actions.
     */
    private ChartFigures<org.oversight.dashboard.chart.DeadlineSlippage> slippage(ItemScope scope, DashboardFilter filter,
                                                                                  LocalDate today) {
        return filter.theme() == null ? slippageSummary.slippage(scope, filter, today)
                : actions.slippage(scope, filter, today);
    }

    /**
     * Chart 6: the actions of one action plan against their due dates and today. A plan the user may not read is
     * reported exactly like one that does not exist.
     */
    public ActionPlanTimeline planTimeline(long planId) {
        return actions.timeline(ItemScope.of(currentUser.require()), planId, LocalDate.now(clock))
                .orElseThrow(() -> new AccessDeniedException(Messages.t("dashboard.rule.no-such-plan", String.valueOf(planId))));
    }

    /** Whether the plan exists and the user may read its timeline, as {@link #planTimeline} decides, in one query. */
    public boolean canSeePlan(long planId) {
        return actions.planExists(ItemScope.of(currentUser.require()), planId);
    }

    /** The action plans the user may read, within the filter's watchdog and period, to pick a timeline from. */
    public List<PlanChoice> plans(DashboardFilter filter) {
        return actions.plans(ItemScope.of(currentUser.require()), filter, LocalDate.now(clock));
    }

    /** The watchdogs and themes the filter offers, as code and name. */
    public FilterOptions filterOptions() {
        currentUser.require();
        return reference.filterOptions();
    }

    /**
     * Chief officers compare their force's counts with every force's; nobody else sees beyond their scope. The one
     * deliberate exception to {@link ItemScope}, for chart 1 only (docs/decisions/0005-dashboard.md).
     */
    static boolean comparesForces(SignedInUser user) {
        return user.is(Role.CHIEF_OFFICER);
    }

    private static Optional<String> ownOrganisation(SignedInUser user, ItemScope scope) {
        return scope.seesEveryOrganisation() ? Optional.empty() : Optional.of(user.organisationName());
    }
}
