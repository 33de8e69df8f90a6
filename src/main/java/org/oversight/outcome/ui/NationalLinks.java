package org.oversight.outcome.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links to a recommendation's page across all its recipients, for the item page and the report page. */
public final class NationalLinks {

    private NationalLinks() {
    }

    public static RouterLink to(String text, long recommendationId) {
        RouterLink link = new RouterLink(text, NationalRecommendationView.class,
                new RouteParameters("recommendationId", String.valueOf(recommendationId)));
        link.addClassName("national-link");
        return link;
    }
}
