package org.oversight.recommendation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * Links to the register's views, built from the view classes, for every feature above the register (report,
 * deadline, action plan, notification, dashboard, the shell). Also the one place where the register's views link
 * upwards by path: the report's page belongs to the report feature, which may depend on this one but not the other
 * way round, so {@link #report} names its path ({@code reports/:id} of report.ui.ReportDetailView) as a string.
 */
public final class RecommendationLinks {

    private RecommendationLinks() {
    }

    /** One recipient's recommendation: /recommendations/{trackedId}. */
    public static RouterLink item(String text, long trackedId) {
        return new RouterLink(text, RecommendationDetailView.class, new RouteParameters("id", Long.toString(trackedId)));
    }

    /** The register, unfiltered. */
    public static RouterLink register(String text) {
        return new RouterLink(text, RegisterView.class);
    }

    /** A report's page; a plain path, see the class comment. */
    static Anchor report(String text, long reportId) {
        return new Anchor("reports/" + reportId, text);
    }
}
