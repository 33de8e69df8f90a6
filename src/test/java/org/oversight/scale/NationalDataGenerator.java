package org.oversight.scale;

import static org.oversight.db.Tables.REPORT;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.oversight.deadline.ResponseDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills the database with a national-size data set: about 2,000 reports over ten years at scale 1, their
 * 20,000 recommendations fanned out to some 35,000 tracked items, 100,000 actions and a million rows of history
 * (status changes, progress updates and a verifiable audit trail). The same seed, scale and day give the same
 * rows, ids included. See docs/performance.md for the command and {@link Lifecycle} for how lives are drawn.
 */
@Component
public class NationalDataGenerator {

    /** Reports at scale 1: ten years of HMICFRS, IOPC and inquiry publications. */
    static final int REPORTS_AT_SCALE_ONE = 2_000;
    static final int YEARS = 10;
    private static final Logger log = LoggerFactory.getLogger(NationalDataGenerator.class);
    /** This thread's CPU time: on a busy shared machine it says more about the generator than the wall clock. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final ResponseDeadlines deadlines;

    NationalDataGenerator(DataSource dataSource, DSLContext dsl, ResponseDeadlines deadlines) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.deadlines = deadlines;
    }

    /** What to generate: scale 1 is national size; the dates are drawn back from {@code today}. */
    public record Request(double scale, long seed, LocalDate today, boolean replace) {
        public Request {
            if (!(scale > 0 && scale <= 20)) {
                throw new IllegalArgumentException("scale must be above 0 and at most 20, not " + scale);
            }
        }
    }

    /** Rows written per table (in foreign-key order) and how long each phase took. */
    public record Result(Map<String, Long> rows, long millisWipe, long millisHistory, long millisAudit, long millisFinish,
                         long millisCpu) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        public long totalMillis() {
            return millisWipe + millisHistory + millisAudit + millisFinish;
        }
    }

    public Result generate(Request request) {
        int existing = dsl.fetchCount(REPORT);
        if (existing > 0 && !request.replace()) {
            throw new IllegalStateException("This database already has " + existing + " reports; the generator fills only "
                    + "an empty one. Add --oversight.generate.replace=true to delete them (and everything recorded against "
                    + "them, including the audit trail) and generate anew.");
        }
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        if (request.replace()) {
            log.info("Deleting the existing data set: {}", DataWipe.run(dsl));
        }
        long t1 = System.nanoTime();
        Reference ref = Reference.load(dsl);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                DSLContext local = DSL.using(connection, dsl.dialect(), dsl.settings());
                Ids ids = Ids.after(local);
                Sinks sinks = new Sinks(connection, dsl.dialect().family() == SQLDialect.POSTGRES);
                SplittableRandom root = new SplittableRandom(request.seed());
                People people = new People(ref, ids, sinks, root.split(),
                        request.today().atTime(LocalTime.of(7, 0)).atZone(ZoneId.of("Europe/London")).toOffsetDateTime());
                World world = new World(request.today(), ref, people, ids, sinks, new AuditTrail(), deadlines);
                writeReports(world, schedule(root.split(), request), root);
                sinks.checkpoint();
                long t2 = System.nanoTime();
                log.info("History written: {} rows in {} s; chaining {} audit events", sinks.total(), seconds(t2 - t1),
                        world.audit.size());
                world.audit.appendTo(sinks, ids, local, request.seed());
                long t3 = System.nanoTime();
                finish(local, ids);
                connection.commit();
                long t4 = System.nanoTime();
                return new Result(sinks.counts(), millis(t1 - t0), millis(t2 - t1), millis(t3 - t2), millis(t4 - t3),
                        millis(CPU.getCurrentThreadCpuTime() - cpu0));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generation failed: " + e.getMessage(), e);
        }
    }

    private void writeReports(World world, List<ReportWriter.ReportSeed> schedule, SplittableRandom root) throws SQLException {
        ReportWriter writer = new ReportWriter(world);
        long start = System.nanoTime();
        int step = Math.max(1, schedule.size() / 10);
        for (int i = 0; i < schedule.size(); i++) {
            writer.write(schedule.get(i), root.split());
            world.sinks.checkpointIfFull();
            if ((i + 1) % step == 0 || i + 1 == schedule.size()) {
                log.info("Reports {}/{} · {} rows · {} audit events pending · {} s", i + 1, schedule.size(),
                        world.sinks.total(), world.audit.size(), seconds(System.nanoTime() - start));
            }
        }
    }

    /**
     * When and by whom each report is published, in date order (so ids rise with time). About one report in
     * thirteen is national: a thematic inspection or an inquiry report whose recommendations fan out.
     */
    static List<ReportWriter.ReportSeed> schedule(SplittableRandom rng, Request request) {
        int n = Math.max(1, (int) Math.round(REPORTS_AT_SCALE_ONE * request.scale()));
        int days = YEARS * 365 + YEARS / 4;
        List<ReportWriter.ReportSeed> seeds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean thematic = i % 13 == 5;
            String watchdog = thematic ? (rng.nextDouble() < 0.7 ? "HMICFRS" : "IICSA")
                    : rng.nextDouble() < 0.55 ? "HMICFRS" : "IOPC";
            LocalDate published = request.today().minusDays(1 + rng.nextInt(days));
            if (published.getDayOfWeek() == DayOfWeek.SATURDAY || published.getDayOfWeek() == DayOfWeek.SUNDAY) {
                published = published.minusDays(published.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2);
            }
            seeds.add(new ReportWriter.ReportSeed(published, watchdog, thematic));
        }
        // stable sort: equal dates keep their drawing order, so the result depends on the seed alone
        seeds.sort(Comparator.comparing(ReportWriter.ReportSeed::published));
        return seeds;
    }

    /**
     * Moves each identity column past the ids written, recounts the trend summary from the status history written
     * around the workflow (decision 0080), the item counts (decision 0105) and the action slippage (decision 0112), and
     * refreshes the planner's statistics.
     */
    private static void finish(DSLContext local, Ids ids) {
        ids.nextByTable().forEach((table, next) ->
                local.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next));
        org.oversight.recommendation.internal.JooqStatusTrendLedger.rebuild(local);
        org.oversight.recommendation.internal.JooqItemCountLedger.rebuild(local);
        org.oversight.actionplan.internal.JooqSlippageLedger.rebuild(local);
        local.execute("ANALYZE");
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
