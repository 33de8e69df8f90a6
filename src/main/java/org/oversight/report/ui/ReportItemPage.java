package org.oversight.report.ui;

import org.oversight.base.ui.ItemPage;
import org.oversight.report.ReportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report page {@code reports/{id}}: the question a typed address's first load asks before the page is built (see
 * {@link ItemPage}).
 */
@Configuration(proxyBeanMethods = false)
class ReportItemPage {

    @Bean
    ItemPage reportPage(ReportService service) {
        return new ItemPage(ReportDetailView.class, service::canSee);
    }
}
