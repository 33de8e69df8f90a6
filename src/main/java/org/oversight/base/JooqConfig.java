package org.oversight.base;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The generated classes carry H2's upper-case names. Rendering them unquoted lets each database fold them its
 * own way (H2 to upper case, PostgreSQL to lower case), so one set of classes serves both.
 */
@Configuration(proxyBeanMethods = false)
class JooqConfig {

    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return config -> config.settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderSchema(false);
    }
}
