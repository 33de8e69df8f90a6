package org.oversight.base;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL's sessions opened with {@code jit = off} (decision 0138). Every statement here is an on-line one that runs
 * in milliseconds, but several have estimated costs above {@code jit_above_cost} (a sub-plan per row, a count over the
 * country), and PostgreSQL then compiles them to machine code before running them: 100–250 ms of inlining and
 * optimising on every call for statements that run in 5–80 ms without it (the bell's commissioners' responses for
 * watchdog staff: 368 ms with it, 76 without). The setting goes with the connection's start-up packet (PgJDBC's
 * {@code options}), so it costs no statement; a URL or property that already sets {@code options} is left as it is.
 * H2 has no such setting and its connections are not touched.
 */
@Configuration(proxyBeanMethods = false)
class PostgresSessionSettings {

    static final String OPTIONS = "-c jit=off";

    @Bean
    static BeanPostProcessor postgresWithoutJit() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    apply(pool);
                }
                return bean;
            }
        };
    }

    /** Adds {@link #OPTIONS} to a PostgreSQL pool's connection properties, unless the URL or the pool sets some. */
    static void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:") || url.contains("options=")
                || pool.getDataSourceProperties().containsKey("options")) {
            return;
        }
        pool.addDataSourceProperty("options", OPTIONS);
    }
}
