package org.oversight.dashboard.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.oversight.base.ui.NotFound;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.chart.ChartKit;

/** One action plan's Gantt chart on its own page, e.g. for a link in an e-mail: /plans/12/timeline. */
@Route("plans/:planId/timeline")
@PermitAll
class PlanTimelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService service;
    private final ChartKit kit;

    PlanTimelineView(DashboardService service, ChartKit kit) {
        this.service = service;
        this.kit = kit;
        addClassName("plan-timeline-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long planId = NotFound.id(event.getRouteParameters().get("planId"), getTranslation("dashboard.timeline.what"));
        PlanGanttChart chart = NotFound.unlessRefused(() -> new PlanGanttChart(service, kit, planId));
        add(new H1(getTranslation("dashboard.timeline.heading")), chart,
                DashboardLinks.home(getTranslation("dashboard.timeline.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.timeline.page-title");
    }
}
