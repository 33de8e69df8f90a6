package org.oversight.deadline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the rule table and provides the bank holiday calendar to the clock engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfiguration {

    @Bean
    WorkingDays workingDays() {
        return WorkingDays.englandAndWales();
    }
}
