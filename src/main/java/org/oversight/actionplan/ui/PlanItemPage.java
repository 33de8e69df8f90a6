package org.oversight.actionplan.ui;

import org.oversight.base.ui.ItemPage;
import org.oversight.actionplan.ActionPlanService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The action plan page {@code plans/{id}}: the question a typed address's first load asks before the page is built
 * (see {@link ItemPage}).
 */
@Configuration(proxyBeanMethods = false)
class PlanItemPage {

    @Bean
    ItemPage planPage(ActionPlanService service) {
        return new ItemPage(PlanView.class, service::canSee);
    }
}
