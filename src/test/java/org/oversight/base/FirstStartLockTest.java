package org.oversight.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The start-up lock (decision 0121): a start killed while it holds the lock does not hold up the next start, which
 * used to wait up to ten minutes for the lock's hold time to run out; a live holder is still waited for. The killed
 * start is a real JVM ({@link FirstStartLockHolder}) killed with SIGKILL, on the embedded H2 file database the README's
 * route uses, and on PostgreSQL when OT_TEST_PG_URL, OT_TEST_PG_USER and OT_TEST_PG_PASSWORD are set (a schema of its
 * own there).
 */
class FirstStartLockTest {

    /** Far less than the old ten minutes, and far more than taking a free lock needs on a loaded machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(30);

    @Test
    void aStartKilledWhileHoldingTheLockDoesNotHoldUpTheNextOnH2(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("oversight") + ";DB_CLOSE_ON_EXIT=FALSE";
        aKilledHolderDoesNotHoldUpTheNext(url, "sa", "");
    }

    @Test
    void aStartKilledWhileHoldingTheLockDoesNotHoldUpTheNextOnPostgreSql() throws Exception {
        String pg = System.getenv("OT_TEST_PG_URL");
        Assumptions.assumeTrue(pg != null && !pg.isBlank(), "OT_TEST_PG_URL not set");
        String user = System.getenv().getOrDefault("OT_TEST_PG_USER", "");
        String password = System.getenv().getOrDefault("OT_TEST_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(pg, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS first_start_lock_test");
        }
        aKilledHolderDoesNotHoldUpTheNext(pg + (pg.contains("?") ? "&" : "?") + "currentSchema=first_start_lock_test",
                user, password);
    }

    @Test
    void aLiveHolderIsWaitedForAndTheNextRunsWhenItIsDone() throws Exception {
        SimpleDriverDataSource db = dataSource("jdbc:h2:mem:first-start-lock-live;DB_CLOSE_DELAY=-1", "sa", "");
        createLockTable(db);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread first = Thread.ofPlatform().start(() -> new FirstStartLock(db).runAlone(() -> {
            order.add("first started");
            holding.countDown();
            await(finish);
            order.add("first done");
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        Thread second = Thread.ofPlatform().start(() -> new FirstStartLock(db).runAlone(() -> order.add("second ran")));

        second.join(1_000); // it is waiting: a second and a half of retries, and still nothing ran
        assertThat(order).containsExactly("first started");
        finish.countDown();
        first.join(30_000);
        second.join(30_000);
        assertThat(order).containsExactly("first started", "first done", "second ran");
    }

    private static void aKilledHolderDoesNotHoldUpTheNext(String url, String user, String password) throws Exception {
        SimpleDriverDataSource db = dataSource(url, user, password);
        createLockTable(db);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // what a start killed under the old ShedLock lock left behind: the row held for ten more minutes
            s.executeUpdate("UPDATE shedlock SET lock_until = CURRENT_TIMESTAMP + INTERVAL '10' MINUTE, "
                    + "locked_at = CURRENT_TIMESTAMP, locked_by = 'a killed start' WHERE name = 'first-start'");
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FirstStartLockHolder.class.getName(), url, user, password)
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                String l;
                while ((l = out.readLine()) != null && !l.equals("holding")) {
                    // the child's log lines, if any
                }
                return l;
            });
            assertThat(line).as("the child start took the lock").isEqualTo("holding");
        } finally {
            holder.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no unlock
            holder.waitFor();
        }

        List<String> ran = new CopyOnWriteArrayList<>();
        assertTimeoutPreemptively(PROMPTLY, () -> new FirstStartLock(db).runAlone(() -> ran.add("next start")));
        assertThat(ran).containsExactly("next start");
    }

    private static void createLockTable(SimpleDriverDataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // as V0001__schema.sql makes it
            s.execute("CREATE TABLE IF NOT EXISTS shedlock (name VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "lock_until TIMESTAMP WITH TIME ZONE NOT NULL, locked_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "locked_by VARCHAR(255) NOT NULL)");
            s.execute("DELETE FROM shedlock WHERE name = 'first-start'");
            s.execute("INSERT INTO shedlock VALUES ('first-start', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'nobody')");
        }
    }

    private static SimpleDriverDataSource dataSource(String url, String user, String password) throws Exception {
        return new SimpleDriverDataSource(DriverManager.getDriver(url), url, user, password);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
