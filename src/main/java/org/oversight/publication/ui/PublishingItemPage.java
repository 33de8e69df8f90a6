package org.oversight.publication.ui;

import org.oversight.base.ui.ItemPage;
import org.oversight.publication.Publishing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A report's publishing page {@code publishing/{id}}, for its own watchdog's staff: the question a typed address's
 * first load asks before the page is built (see {@link ItemPage}).
 */
@Configuration(proxyBeanMethods = false)
class PublishingItemPage {

    @Bean
    ItemPage publishingPage(Publishing service) {
        return new ItemPage(ReportPublishingView.class, service::mayDecide);
    }
}
