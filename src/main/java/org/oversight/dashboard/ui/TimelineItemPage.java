package org.oversight.dashboard.ui;

import org.oversight.base.ui.ItemPage;
import org.oversight.dashboard.DashboardService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A plan's timeline {@code plans/{id}/timeline}: the question a typed address's first load asks before the page is
 * built (see {@link ItemPage}).
 */
@Configuration(proxyBeanMethods = false)
class TimelineItemPage {

    @Bean
    ItemPage planTimelinePage(DashboardService service) {
        return new ItemPage(PlanTimelineView.class, service::canSeePlan);
    }
}
