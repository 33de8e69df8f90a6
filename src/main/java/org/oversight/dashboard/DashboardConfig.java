package org.oversight.dashboard;

import org.oversight.dashboard.chart.ChartKit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One chart kit for the application, so that every session shares its render cache. */
@Configuration(proxyBeanMethods = false)
class DashboardConfig {

    @Bean
    ChartKit chartKit() {
        return new ChartKit();
    }
}
