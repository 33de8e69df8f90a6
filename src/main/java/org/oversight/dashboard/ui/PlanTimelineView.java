package org.oversight.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.chart.ChartKit;
import org.springframework.security.access.AccessDeniedException;

/** One action plan's Gantt chart on its own page, e.g. for a link in an e-mail: /plans/12/timeline. */
@Route("plans/:planId/timeline")
@PageTitle("Action plan timeline · Oversight Tracker")
@PermitAll
class PlanTimelineView extends VerticalLayout implements BeforeEnterObserver {

    private final DashboardService service;
    private final ChartKit kit;

    PlanTimelineView(DashboardService service, ChartKit kit) {
        this.service = service;
        this.kit = kit;
        addClassName("plan-timeline-view");
    }

    static String path(long planId) {
        return "plans/" + planId + "/timeline";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2("Action plan timeline"));
        String raw = event.getRouteParameters().get("planId").orElse("");
        try {
            add(new PlanGanttChart(service, kit, Long.parseLong(raw)));
        } catch (NumberFormatException | AccessDeniedException e) {
            Paragraph missing = new Paragraph("There is no action plan " + raw + " that you can see.");
            missing.addClassName("chart-empty");
            add(missing);
        }
        add(new Anchor("", "Back to the dashboard"));
    }
}
