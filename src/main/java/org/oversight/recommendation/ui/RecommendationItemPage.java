package org.oversight.recommendation.ui;

import org.oversight.base.ui.ItemPage;
import org.oversight.recommendation.RecommendationRegister;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The item page {@code recommendations/{id}}: the question a typed address's first load asks before the page is built
 * (see {@link ItemPage}).
 */
@Configuration(proxyBeanMethods = false)
class RecommendationItemPage {

    @Bean
    ItemPage recommendationPage(RecommendationRegister service) {
        return new ItemPage(RecommendationDetailView.class, service::canSee);
    }
}
