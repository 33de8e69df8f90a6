package org.oversight.dashboard.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links to the dashboard's views, built from the view classes, for the shell and the dashboard's own views. */
public final class DashboardLinks {

    private DashboardLinks() {
    }

    /** The home page (the dashboard): /. */
    public static RouterLink home(String text) {
        return new RouterLink(text, HomeView.class);
    }

    /** One action plan's timeline on its own page: /plans/{planId}/timeline. */
    static RouterLink timeline(String text, long planId) {
        return new RouterLink(text, PlanTimelineView.class, new RouteParameters("planId", Long.toString(planId)));
    }
}
