package org.oversight.outcome.ui;

import org.oversight.base.ui.ItemPage;
import org.oversight.outcome.NationalFollowUpService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A recommendation's page across its recipients {@code recommendations/national/{id}}: the question a typed address's
 * first load asks before the page is built (see {@link ItemPage}).
 */
@Configuration(proxyBeanMethods = false)
class NationalItemPage {

    @Bean
    ItemPage nationalRecommendationPage(NationalFollowUpService service) {
        return new ItemPage(NationalRecommendationView.class, service::canSee);
    }
}
