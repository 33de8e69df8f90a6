package org.oversight.deadline.ui;

import org.oversight.base.ui.ItemPage;
import org.oversight.deadline.ClockService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An item's clocks page {@code deadlines/{id}}: the question a typed address's first load asks before the page is
 * built (see {@link ItemPage}).
 */
@Configuration(proxyBeanMethods = false)
class ClocksItemPage {

    @Bean
    ItemPage clocksPage(ClockService service) {
        return new ItemPage(ItemClocksView.class, service::canSeeItem);
    }
}
