package org.oversight.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A database outage on demand: the application's DataSource is wrapped so that, while switched off, asking for a
 * connection fails as Hikari's pool does when the database is down ({@link SQLTransientConnectionException}).
 * Import it into an {@link OwnDatabase} test ({@code @Import(DatabaseSwitch.class)}) and autowire it; switch it on again
 * after each test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DatabaseSwitch {

    private volatile boolean down;

    public void off() {
        down = true;
    }

    public void on() {
        down = false;
    }

    @Bean
    static BeanPostProcessor outageSimulatingDataSource(org.springframework.beans.factory.ObjectProvider<DatabaseSwitch> sw) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds && !(bean instanceof Switchable)) {
                    return new Switchable(ds, sw);
                }
                return bean;
            }
        };
    }

    static final class Switchable extends DelegatingDataSource {

        private final org.springframework.beans.factory.ObjectProvider<DatabaseSwitch> sw;

        Switchable(DataSource target, org.springframework.beans.factory.ObjectProvider<DatabaseSwitch> sw) {
            super(target);
            this.sw = sw;
        }

        @Override
        public Connection getConnection() throws SQLException {
            check();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            check();
            return super.getConnection(username, password);
        }

        private void check() throws SQLException {
            if (sw.getObject().down) {
                throw new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms (test outage)",
                        new java.net.ConnectException("Connection refused"));
            }
        }
    }
}
