package org.oversight.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a measuring window cost in CPU, by process: the node(s) (the JVM's user and system time, as the operating
 * system counts it), the PostgreSQL backends serving this database (each backend's {@code /proc/PID/stat}, Linux's
 * clock ticks of 10 ms) — every backend connected to this database, so one load test at a time on it — and the load
 * generator itself; and the transactions the database ended. Divided by the steps done, that is the CPU one step costs,
 * which holds under load where wall-clock times do not (docs/performance.md, "Capacity").
 */
final class CpuMeter {

    /**
     * The CPU milliseconds used so far by the nodes, the database's backends and this process, and the transactions
     * the database has ended (committed or rolled back; PostgreSQL's statistics, which lag by up to a second).
     */
    record Reading(long nodeMillis, long databaseMillis, long clientMillis, long transactions) {

        Reading minus(Reading earlier) {
            return new Reading(nodeMillis - earlier.nodeMillis, databaseMillis - earlier.databaseMillis,
                    clientMillis - earlier.clientMillis, transactions - earlier.transactions);
        }

        /** {@code cpu_ms_per_step=… db_cpu_ms_per_step=… client_cpu_ms_per_step=… db_transactions_per_step=…}. */
        String perStep(int steps) {
            double n = Math.max(1, steps);
            return String.format(Locale.ROOT, "cpu_ms_per_step=%.1f db_cpu_ms_per_step=%.1f client_cpu_ms_per_step=%.1f "
                    + "db_transactions_per_step=%.1f", nodeMillis / n, databaseMillis / n, clientMillis / n, transactions / n);
        }
    }

    /** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
    private static final long MILLIS_PER_TICK = 10;

    private final List<AppNode> nodes;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    CpuMeter(List<AppNode> nodes, String jdbcUrl, String user, String password) {
        this.nodes = nodes;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    Reading read() throws SQLException {
        long node = 0;
        for (AppNode n : nodes) {
            node += n.cpuMillis();
        }
        long client = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
        List<Long> pids = new ArrayList<>();
        long transactions;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pids.add(r.getLong(1));
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()");
                 ResultSet r = s.executeQuery()) {
                transactions = r.next() ? r.getLong(1) : 0;
            }
        }
        long database = 0;
        for (long pid : pids) {
            database += ticks(pid) * MILLIS_PER_TICK;
        }
        return new Reading(node, database, client, transactions);
    }

    /** utime + stime from /proc/PID/stat (fields 14 and 15, counted after the command's closing parenthesis). */
    static long ticks(long pid) {
        try {
            return ticksOf(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException gone) {
            return 0; // the backend ended between the query and the read
        }
    }

    static long ticksOf(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // f[0] is field 3 (state), so field 14 is f[11] and field 15 is f[12]
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
