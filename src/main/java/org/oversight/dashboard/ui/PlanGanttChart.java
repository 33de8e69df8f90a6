package org.oversight.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.TableLinks;
import org.oversight.dashboard.chart.ActionPlanTimeline;
import org.oversight.dashboard.chart.ChartKit;

/**
 * The Gantt chart of one action plan (chart 6) with its caption and table toggle, for any page that shows a plan:
 * {@code add(new PlanGanttChart(dashboardService, chartKit, planId))} with both beans injected into the view.
 * The service checks that the user may read the plan and throws {@code AccessDeniedException} otherwise.
 */
public class PlanGanttChart extends Composite<Div> {

    public PlanGanttChart(DashboardService dashboard, ChartKit kit, long planId) {
        ActionPlanTimeline timeline = dashboard.planTimeline(planId);
        getContent().addClassName("plan-gantt");
        getContent().add(new ChartPanel("plan-" + planId, variant -> kit.svg(timeline, variant), ChartTheme.current(),
                TableLinks.NONE, timeline.today()));
    }
}
