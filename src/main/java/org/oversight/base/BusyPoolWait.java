package org.oversight.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A busy node's queue for a connection is not an outage. Hikari gives up on a request after its connection timeout
 * (3 s, so that a database that is down fails a request in seconds: docs/security.md, "Outages"), and it gives up in
 * the same way when the database answers but every connection is in use by other requests. The two differ in the
 * exception: when the database cannot be reached, Hikari names the last failure to connect as the cause; when every
 * connection was simply busy (and no connection has failed since the last good one), there is no cause.
 *
 * <p>So the application's DataSource asks again, for at most {@link #BUSY_LIMIT} in all, while the pool is only busy:
 * under a load the node cannot keep up with, a page answers slowly instead of saying "the database is unavailable"
 * (docs/performance.md, "Capacity": what the load test's "register shows no grid" was). A real outage still fails
 * within the connection timeout.
 */
@Configuration(proxyBeanMethods = false)
class BusyPoolWait {

    /** How long a request may wait in all for a connection while the pool is busy but the database answers. */
    static final Duration BUSY_LIMIT = Duration.ofSeconds(20);

    @Bean
    static BeanPostProcessor waitWhileThePoolIsBusy() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof Patient) ? new Patient(ds, BUSY_LIMIT) : bean;
            }
        };
    }

    /** The pool, asked again while every connection is busy and none failed, up to a limit. */
    static final class Patient extends DelegatingDataSource {

        private final Duration limit;

        Patient(DataSource pool, Duration limit) {
            super(pool);
            this.limit = limit;
        }

        @Override
        public Connection getConnection() throws SQLException {
            long until = System.nanoTime() + limit.toNanos();
            while (true) {
                try {
                    return super.getConnection();
                } catch (SQLTransientConnectionException e) {
                    if (!onlyBusy(e) || System.nanoTime() - until >= 0) {
                        throw e;
                    }
                }
            }
        }

        /** Hikari's timeout without a cause: every connection was in use, none failed to open. */
        static boolean onlyBusy(SQLTransientConnectionException e) {
            return e.getCause() == null && e.getNextException() == null;
        }
    }
}
