package org.oversight.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.internal.JooqActionQuery;
import org.oversight.dashboard.internal.JooqComparisonSummaryQuery;
import org.oversight.dashboard.internal.JooqHeadlineSummaryQuery;
import org.oversight.dashboard.internal.JooqOverdueQuery;
import org.oversight.dashboard.internal.JooqSlippageSummaryQuery;
import org.oversight.dashboard.internal.JooqThemeQuery;
import org.oversight.dashboard.internal.JooqTrendQuery;
import org.oversight.recommendation.ItemScope;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.RegisterPager;
import org.oversight.recommendation.Status;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;

/**
 * The slot for service-layer measurements: each case runs a real service from the benchmark database's
 * application context, signed in as a generated account, and names the floor it is set against. When a feature
 * merges, add its cases here; for the dashboard, e.g.
 *
 * <pre>{@code
 * cases.add(BenchCase.of("dashboard.service.national",
 *         () -> db.as("gen.hmicfrs.1", () -> db.bean(DashboardService.class).dashboard(DashboardFilter.none())))
 *         .against("dashboard.floor.national"));
 * cases.add(BenchCase.of("dashboard.service.surrey",
 *         () -> db.as("gen.surrey.chief", () -> db.bean(DashboardService.class).dashboard(DashboardFilter.none())))
 *         .against("dashboard.floor.surrey"));
 * }</pre>
 *
 * and for the register (floor cases are named in {@link RegisterPageBenchmark}), e.g.
 * {@code BenchCase.of("register.service.surrey.open", () -> db.as("gen.surrey.lead", () -> register.page(…)))
 * .against("register.surrey.open")}. Generated accounts: gen.&lt;code&gt;.1 to .4 (watchdog staff, e.g.
 * gen.hmicfrs.1), gen.&lt;force&gt;.lead and gen.&lt;force&gt;.chief (e.g. gen.surrey.chief), gen.&lt;body&gt;.lead.
 */
final class ServiceCases {

    private ServiceCases() {
    }

    static List<BenchCase> dashboard(BenchDatabase db) {
        List<BenchCase> cases = new ArrayList<>();
        // the whole dashboard (headline figures and five charts' data) through the service layer
        cases.add(BenchCase.of("dashboard.service.national",
                () -> db.as("gen.hmicfrs.1", () -> db.bean(DashboardService.class).dashboard(DashboardFilter.NONE)))
                .against("dashboard.floor.national"));
        cases.add(BenchCase.of("dashboard.service.surrey",
                () -> db.as("gen.surrey.chief", () -> db.bean(DashboardService.class).dashboard(DashboardFilter.NONE)))
                .against("dashboard.floor.surrey"));
        List<BenchCase> national = dashboardParts(db, "national", "gen.hmicfrs.1");
        cases.addAll(national);
        cases.addAll(dashboardParts(db, "surrey", "gen.surrey.chief"));
        // where the whole and the sum of its parts differ (decision 0130): the parts the service issues, one after
        // another in one case without the service's transaction, and the whole again after every other case
        List<BenchCase> issued = national.stream().filter(c -> !c.name().endsWith(".slippage.live")).toList();
        cases.add(BenchCase.of("dashboard.service.national.parts-in-turn", () -> issued.stream().map(c -> c.work().get()).toList())
                .against("dashboard.floor.national"));
        cases.add(BenchCase.of("dashboard.service.national.again",
                () -> db.as("gen.hmicfrs.1", () -> db.bean(DashboardService.class).dashboard(DashboardFilter.NONE)))
                .against("dashboard.floor.national"));
        return cases;
    }

    /**
     * The service's statements one by one, as {@link DashboardService#dashboard} issues them for the user (scope
     * and today as the service has them, no filter: the headline, status by force and slippage from their
     * summaries, decisions 0105 and 0112), each against the floor's part that computes the same figures; and
     * slippage counted from live actions ({@code .slippage.live}, what the service did before its summary and still
     * does with a theme chosen), against the same floor.
     */
    static List<BenchCase> dashboardParts(BenchDatabase db, String name, String username) {
        LocalDate today = db.today();
        int dueSoon = db.dueSoonDays();
        DashboardFilter f = DashboardFilter.NONE;
        String p = "dashboard.service." + name + ".";
        String floor = "dashboard.floor." + name + ".";
        ItemScope scope = db.as(username, () -> ItemScope.of(db.bean(CurrentUser.class).require()));
        Optional<String> compared = db.as(username, () -> db.bean(CurrentUser.class).require().is(Role.CHIEF_OFFICER)
                ? Optional.of(db.bean(CurrentUser.class).require().organisationName()) : Optional.<String>empty());
        return List.of(
                BenchCase.of(p + "headline", () -> db.bean(JooqHeadlineSummaryQuery.class).figures(scope, f, today, dueSoon))
                        .against(floor + "headline"),
                BenchCase.of(p + "status-by-force", () -> db.bean(JooqComparisonSummaryQuery.class)
                                .statusByForce(scope, f, today, compared))
                        .against(compared.isPresent() ? "dashboard.floor.status-by-force.forces" : "dashboard.floor.status-by-force.all"),
                BenchCase.of(p + "open-vs-closed", () -> db.bean(JooqTrendQuery.class).openVsClosed(scope, f, today))
                        .against(floor + "open-vs-closed"),
                BenchCase.of(p + "overdue-by-watchdog", () -> db.bean(JooqOverdueQuery.class).overdueByWatchdog(scope, f, today))
                        .against(floor + "overdue-by-watchdog"),
                BenchCase.of(p + "slippage", () -> db.bean(JooqSlippageSummaryQuery.class).slippage(scope, f, today))
                        .against(floor + "slippage"),
                BenchCase.of(p + "slippage.live", () -> db.bean(JooqActionQuery.class).slippage(scope, f, today))
                        .against(floor + "slippage"),
                BenchCase.of(p + "themes-by-force", () -> db.bean(JooqThemeQuery.class).themesByForce(scope, f, today))
                        .against(floor + "themes-by-force"));
    }

    /**
     * The register as its grid asks for it: through {@link RegisterPager} (keyset paging) as the signed-in user, 50
     * rows, with the count where the floor case has one (from the top, as the view reads them: the pager's count
     * with its first page, then that page). Deep pages are reached as the grid reaches them, page after
     * page (the pager walks there once before timing); {@code .jump-200} is the scroll bar dragged straight to page
     * 200 with nothing remembered, which skips rows as OFFSET does.
     */
    static List<BenchCase> register(BenchDatabase db) {
        RecommendationRegister register = db.bean(RecommendationRegister.class);
        RegisterFilter all = RegisterFilter.NONE;
        RegisterFilter open = new RegisterFilter(null, null, Status.openStates(), null, null, null, false, null, null, null, null);
        RegisterFilter overdue = new RegisterFilter(null, null, Set.of(), null, null, null, true, null, null, null, null);
        RegisterFilter grooming = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, "grooming");
        RegisterFilter police = new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, "police");
        RegisterFilter overdueTraining = new RegisterFilter(null, null, Set.of(), null, null, null, true, null, null, null,
                "training");
        record Screen(String name, String user, RegisterFilter filter, int offset) {
        }
        List<Screen> screens = List.of(
                new Screen("national.first-page", "gen.hmicfrs.1", all, 0),
                new Screen("national.page-200", "gen.hmicfrs.1", all, 9_950),
                new Screen("surrey.open", "gen.surrey.lead", open, 0),
                new Screen("national.overdue.page-3", "gen.hmicfrs.1", overdue, 100),
                new Screen("national.search", "gen.hmicfrs.1", grooming, 0),
                new Screen("national.search.common", "gen.hmicfrs.1", police, 0),
                new Screen("surrey.overdue.search", "gen.surrey.lead", overdueTraining, 0));
        List<BenchCase> cases = new ArrayList<>();
        for (Screen s : screens) {
            RegisterPager pager = new RegisterPager(register);
            db.as(s.user(), () -> walkTo(pager, s.filter(), s.offset()));
            // a screen from the top is what the view does on a new filter: the count with the first page (decision
            // 0125), then the grid's first page; a deeper page with the count as before
            cases.add(BenchCase.of("register.service." + s.name(), () -> db.as(s.user(), () -> s.offset() == 0
                    ? List.<Object>of(pager.count(s.filter(), List.of(), 50), pager.page(s.filter(), 0, 50, List.of()))
                    : List.<Object>of(pager.page(s.filter(), s.offset(), 50, List.of()), register.count(s.filter()))))
                    .against("register." + s.name()));
            cases.add(BenchCase.of("register.service." + s.name() + ".rows", () -> db.as(s.user(),
                    () -> pager.page(s.filter(), s.offset(), 50, List.of())))
                    .against("register." + s.name() + ".rows"));
        }
        cases.add(BenchCase.of("register.service.national.jump-200.rows", () -> db.as("gen.hmicfrs.1",
                () -> new RegisterPager(register).page(all, 9_950, 50, List.of())))
                .against("register.national.page-200.rows"));
        return cases;
    }

    /** Scrolls the grid down to {@code offset}, 50 rows at a time, as a user would. */
    private static int walkTo(RegisterPager pager, RegisterFilter filter, int offset) {
        int at = 0;
        while (at < offset) {
            int rows = pager.page(filter, at, Math.min(50, offset - at), List.of()).size();
            if (rows == 0) {
                break;
            }
            at += rows;
        }
        return at;
    }
}
