package org.oversight.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.base.Text;
import org.oversight.base.i18n.Language;
import org.oversight.dashboard.Dashboard;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.TableLinks;
import org.oversight.dashboard.chart.ChartKit;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;

/**
 * The dashboard at "/": headline figures and charts for what the user may see, narrowed by watchdog, period and
 * theme, which are kept in the URL ({@code ?watchdog=IOPC&period=3y&theme=CUSTODY&plan=12}).
 */
@Route("")
@Menu(order = 0, title = "dashboard.home.menu", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PLAN = "plan";

    private final DashboardService service;
    private final ChartKit kit;
    private final CurrentUser currentUser;

    HomeView(DashboardService service, ChartKit kit, CurrentUser currentUser) {
        this.service = service;
        this.kit = kit;
        this.currentUser = currentUser;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        render(DashboardFilter.parse(params), plan(params));
    }

    private void render(DashboardFilter filter, Long plan) {
        removeAll();
        SignedInUser user = currentUser.require();
        add(new H1(getTranslation("dashboard.home.welcome", user.displayName())));
        add(new Paragraph(scopeSentence(user)));
        add(new FilterBar(service.filterOptions(), filter, f -> navigate(f, null)));

        Dashboard d = service.dashboard(filter);
        Paragraph coverage = new Paragraph(coverageSentence(d));
        coverage.addClassName("dashboard-coverage");
        add(coverage, new FigureTiles(d));

        ChartTheme theme = ChartTheme.current();
        Div charts = new Div(
                new ChartPanel("status-by-force", v -> kit.svg(d.statusByForce().data(), v), theme,
                        TableLinks.statusByForce(d), d.today()),
                new ChartPanel("open-vs-closed", v -> kit.svg(d.openVsClosed().data(), v), theme, TableLinks.NONE, d.today()),
                new ChartPanel("overdue-by-watchdog", v -> kit.svg(d.overdueByWatchdog().data(), v), theme,
                        TableLinks.overdueByWatchdog(d), d.today()),
                new ChartPanel("deadline-slippage", v -> kit.svg(d.slippage().data(), v), theme, TableLinks.NONE, d.today()),
                new ChartPanel("themes-by-force", v -> kit.svg(d.themesByForce().data(), v), theme,
                        TableLinks.themesByForce(d), d.today()));
        charts.addClassName("chart-grid");
        add(charts);
        add(new PlanTimelineSection(service, kit, service.plans(filter), plan, id -> navigate(filter, id)));
    }

    private void navigate(DashboardFilter filter, Long plan) {
        Map<String, List<String>> params = new LinkedHashMap<>(filter.toParameters());
        if (plan != null) {
            params.put(PLAN, List.of(plan.toString()));
        }
        UI.getCurrent().navigate(HomeView.class, new QueryParameters(params));
    }

    private static Long plan(Map<String, List<String>> params) {
        List<String> values = params.getOrDefault(PLAN, List.of());
        try {
            return values.isEmpty() ? null : Long.valueOf(values.getFirst());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.home.page-title");
    }

    private String scopeSentence(SignedInUser user) {
        String key = switch (user.role()) {
            case ADMIN -> "dashboard.home.scope.admin";
            case WATCHDOG -> "dashboard.home.scope.watchdog";
            case FORCE_LEAD -> "dashboard.home.scope.force-lead";
            case NATIONAL_LEAD -> "dashboard.home.scope.national-lead";
            case CHIEF_OFFICER -> "dashboard.home.scope.chief-officer";
        };
        return getTranslation(key, user.organisationName());
    }

    /** Says which figures are the user's own and which compare them with others. */
    private String coverageSentence(Dashboard d) {
        String own = d.ownOrganisation().orElse(null);
        if (own == null) {
            return getTranslation("dashboard.home.coverage.all");
        }
        // Welsh says possession by word order and takes the name itself (see Text.possessive)
        String whose = Language.current() == Language.ENGLISH ? Text.possessive(own) : own;
        return getTranslation(d.comparative() ? "dashboard.home.coverage.compared" : "dashboard.home.coverage.own", whose);
    }
}
