package org.oversight.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A busy pool makes a request wait (up to a limit); a database that cannot be reached still fails it at once. With
 * real Hikari pools, so that what "busy" and "unreachable" look like is Hikari's, not this test's.
 */
class BusyPoolWaitTest {

    @Test
    void aRequestWaitsForTheConnectionAnotherRequestGivesBackInsteadOfFailingAfterTheConnectionTimeout() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:busy-pool;DB_CLOSE_DELAY=-1", 1)) {
            Connection held = pool.getConnection();
            // without the wait, Hikari alone gives up after its 250 ms
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .satisfies(e -> assertThat(BusyPoolWait.Patient.onlyBusy((SQLTransientConnectionException) e)).isTrue());

            CompletableFuture<Void> givenBack = CompletableFuture.runAsync(() -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(700);
                    held.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (Connection mine = new BusyPoolWait.Patient(pool, Duration.ofSeconds(20)).getConnection()) {
                assertThat(mine.isValid(1)).isTrue();
            }
            givenBack.join();
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsWithinTheConnectionTimeoutNotTheBusyLimit() throws Exception {
        // nothing listens on port 1: every attempt to connect is refused
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:1/nothing", 2)) {
            BusyPoolWait.Patient patient = new BusyPoolWait.Patient(pool, Duration.ofSeconds(60));
            long started = System.nanoTime();

            assertThatThrownBy(patient::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .satisfies(e -> assertThat(BusyPoolWait.Patient.onlyBusy((SQLTransientConnectionException) e)).isFalse());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void aPoolBusyForLongerThanTheLimitStillFails() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:busy-pool-long;DB_CLOSE_DELAY=-1", 1);
             Connection held = pool.getConnection()) {
            assertThat(held.isValid(1)).isTrue();
            assertThatThrownBy(() -> new BusyPoolWait.Patient(pool, Duration.ofMillis(600)).getConnection())
                    .isInstanceOf(SQLTransientConnectionException.class);
        }
    }

    private static HikariDataSource pool(String url, int size) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername("sa");
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(0);
        c.setConnectionTimeout(250);
        c.setValidationTimeout(250);
        c.setInitializationFailTimeout(-1);
        return new HikariDataSource(c);
    }
}
