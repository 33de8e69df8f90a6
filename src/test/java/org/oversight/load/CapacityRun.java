package org.oversight.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.oversight.bench.BenchLine;
import org.springframework.util.FileSystemUtils;

/**
 * The capacity load test (issue 21, docs/performance.md "Capacity"): real Vaadin sessions against one node, or two
 * nodes on one PostgreSQL behind a sticky proxy, all on this machine's loopback. Run with {@code bin/load-test}.
 *
 * <p>Empties its own schema, starts the node(s) from the packaged jar, warms them up, reads each node's live heap
 * after a full collection, then adds sessions in steps (each a {@link UserJourney} with its think time) and holds
 * each step for its seconds: a step is held when the p95 of every user step in it is within the goal and nothing
 * failed; the run stops at the first step not held. Then it reads the live heap again (sessions still open) and
 * divides the growth by the sessions opened, and counts in the database the updates the sessions were told were
 * posted. Prints {@code BENCH load.…} lines with the machine's load, and how fast the machine itself was before and
 * after ({@link MachineSpeed}).
 */
public final class CapacityRun {

    private static final int WARM_UP_LIMIT_SECONDS = 300;
    /**
     * People clicking without think time in the warm-up, per node: one person with think time left the JIT cold (a
     * first step of 50, or any first step on a busy machine, met an unwarmed JVM and stopped the run, decision 0128).
     */
    private static final int WARM_UP_PEOPLE_PER_NODE = 4;

    private CapacityRun() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions o = LoadOptions.parse(args, System.getenv());
        String marker = "Load test " + Instant.now().toEpochMilli();
        String name = "load." + o.nodes() + "-node";
        double speedBefore = MachineSpeed.millis();
        resetSchema(o);
        List<AppNode> nodes = new ArrayList<>();
        StickyProxy proxy = null;
        try {
            for (int n = 0; n < o.nodes(); n++) {
                Path data = Path.of("target", "load", "data-" + o.nodePort(n));
                FileSystemUtils.deleteRecursively(data);
                AppNode node = AppNode.start(o.jar(), o.nodePort(n), o.heap(), o.nodeJvm(), o.nodeJdbcUrl(), o.pgUser(),
                        o.pgPassword(), data);
                nodes.add(node);
                node.awaitReady(Duration.ofMinutes(10)); // one after the other: the first makes the schema and demo data
                System.out.println("# node " + node.port + " serves the sign-in page");
            }
            if (o.nodes() > 1) {
                proxy = new StickyProxy(o.proxyPort(), nodes.stream().map(AppNode::base).toList());
            }
            URI base = proxy != null ? proxy.base() : nodes.getFirst().base();
            // answers are read on the client's own I/O thread and handed straight to the waiting session, not through a
            // pool of threads: each hand-over woke a thread, and the client shares the node's cores (decision 0150)
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                    .executor(Runnable::run).build();
            UserJourney.Settings settings = new UserJourney.Settings(http, base, o.username(), o.password(),
                    o.registerQuery(), o.thinkMillis(), marker);
            AtomicLong posted = new AtomicLong();

            // warm-up: one person per node through the whole journey (JIT, caches, pools); their sessions stay open
            int warmUpPeople = WARM_UP_PEOPLE_PER_NODE * o.nodes();
            warmUp(settings, warmUpPeople, o.warmupSeconds(), posted);
            List<AppNode.LiveHeap> before = heaps(nodes);
            CpuMeter cpu = new CpuMeter(nodes, o.nodeJdbcUrl(), o.pgUser(), o.pgPassword());
            if (o.profile()) {
                for (AppNode n : nodes) {
                    n.startRecording();
                }
            }

            MachineSpeed.Probe speed = new MachineSpeed.Probe(Duration.ofSeconds(5));
            List<Thread> people = new ArrayList<>();
            AtomicReference<Timings> window = new AtomicReference<>();
            AtomicBoolean stop = new AtomicBoolean();
            int held = 0;
            int opened = 0;
            for (int level : o.steps()) {
                Timings t = new Timings();
                window.set(t);
                CpuMeter.Reading cpuAtStart = cpu.read();
                speed.takeMedians(); // the samples before the step are not its own
                int arriving = level - opened;
                for (int k = 0; opened < level; opened++, k++) {
                    people.add(Thread.ofVirtual().start(new UserJourney(settings, warmUpPeople + opened, window,
                            stop::get, posted, arrival(o, k, arriving))));
                }
                Thread.sleep(o.stepSeconds() * 1000L);
                double[] all = t.all();
                CpuMeter.Reading used = cpu.read().minus(cpuAtStart);
                boolean ok = t.errors() == 0 && Timings.percentile(all, 0.95) <= o.goalP95Millis();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                        "BENCH %s.sessions-%d sessions=%d %s errors=%d steps_per_s=%.1f held=%s", name, level, level,
                        Timings.figures(all), t.errors(), all.length / t.seconds(), ok ? "yes" : "no"));
                for (Map.Entry<String, double[]> s : t.steps().entrySet()) {
                    line.append(String.format(Locale.ROOT, " p95_%s_ms=%.0f", s.getKey(),
                            Timings.percentile(s.getValue(), 0.95)));
                }
                line.append(" p95_by_10s_ms=").append(t.p95ByTenSeconds());
                line.append(' ').append(used.perStep(all.length));
                MachineSpeed.Probe.Medians machine = speed.takeMedians();
                line.append(String.format(Locale.ROOT, " sha256_256mib_cpu_ms=%.0f memory_hop_ns=%.1f",
                        machine.sha256Millis(), machine.memoryHopNanos()));
                BenchLine.print(line.toString());
                t.firstErrors().forEach(e -> System.out.println("#   " + e));
                if (!ok) {
                    break;
                }
                held = level;
            }
            stop.set(true);
            speed.close();
            for (Thread p : people) {
                p.join(Duration.ofSeconds(60));
            }
            if (o.profile()) {
                for (AppNode n : nodes) {
                    n.stopRecording();
                    System.out.println("# node " + n.port + " recorded: " + n.recording() + " (bin/load-profile reads it)");
                }
            }
            BenchLine.print(String.format(Locale.ROOT, "BENCH %s.capacity sessions_held=%d goal_sessions=500 "
                    + "goal_p95_ms=%.0f think_ms=%d step_seconds=%d arrival_seconds=%d", name, held, o.goalP95Millis(),
                    o.thinkMillis(), o.stepSeconds(), o.arrivalSeconds()));
            List<AppNode.LiveHeap> after = heaps(nodes);
            heapPerSession(name, before, after, opened, o.heap());
            HeapGrowth.print(nodes, before, after, opened);
            checkDatabase(o, marker, posted.get());
        } finally {
            if (proxy != null) {
                proxy.close();
            }
            for (AppNode n : nodes) {
                n.close();
            }
        }
        BenchLine.print(String.format(Locale.ROOT, "BENCH load.machine sha256_256mib_ms_before=%.0f after=%.0f",
                speedBefore, MachineSpeed.millis()));
    }

    /**
     * When the {@code k}th of a step's {@code arriving} new people signs in, from the step's start: evenly over the
     * arrival seconds, or (with none) at a moment within one think time, at random, as the first runs did.
     */
    static long arrival(LoadOptions o, int k, int arriving) {
        return o.arrivalSeconds() == 0 ? -1 : k * o.arrivalSeconds() * 1000L / arriving;
    }

    /**
     * The warm-up: {@value #WARM_UP_PEOPLE_PER_NODE} people per node through the whole journey without think time, for
     * at least the given seconds and until each has posted an update, for at most {@value #WARM_UP_LIMIT_SECONDS}
     * seconds; their timings returned. Without think time the node serves some hundreds of steps (every screen, its
     * charts, sign-ins and posted updates) before the first step counts, so that step meets compiled code.
     */
    private static Timings warmUp(UserJourney.Settings think, int people, int seconds, AtomicLong posted)
            throws InterruptedException {
        UserJourney.Settings settings = new UserJourney.Settings(think.http(), think.base(), think.username(),
                think.password(), think.registerQuery(), 0, think.marker());
        Timings t = new Timings();
        AtomicReference<Timings> ref = new AtomicReference<>(t);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            threads.add(Thread.ofVirtual().start(new UserJourney(settings, i, ref, stop::get, posted)));
        }
        long until = System.nanoTime() + WARM_UP_LIMIT_SECONDS * 1_000_000_000L;
        Thread.sleep(seconds * 1000L);
        while ((posted.get() < people && t.errors() == 0) && System.nanoTime() < until) {
            Thread.sleep(500);
        }
        stop.set(true);
        for (Thread th : threads) {
            th.join(Duration.ofSeconds(60));
        }
        if (t.errors() > 0 || posted.get() < people) {
            throw new IllegalStateException("the warm-up did not get through the journey: " + t.firstErrors());
        }
        return t;
    }

    private static List<AppNode.LiveHeap> heaps(List<AppNode> nodes) throws Exception {
        List<AppNode.LiveHeap> heaps = new ArrayList<>();
        for (AppNode n : nodes) {
            heaps.add(n.liveHeap());
        }
        return heaps;
    }

    private static void heapPerSession(String name, List<AppNode.LiveHeap> before, List<AppNode.LiveHeap> after,
                                       int sessions, String heap) {
        long growth = 0;
        long vaadinSessions = 0;
        long uis = 0;
        long beforeBytes = 0;
        for (int i = 0; i < before.size(); i++) {
            growth += after.get(i).bytes() - before.get(i).bytes();
            beforeBytes += before.get(i).bytes();
            vaadinSessions += after.get(i).vaadinSessions();
            uis += after.get(i).uis();
        }
        BenchLine.print(String.format(Locale.ROOT, "BENCH %s.heap sessions_opened=%d vaadin_sessions_live=%d uis_live=%d "
                        + "live_heap_before_mb=%.1f live_heap_growth_mb=%.1f per_session_mb=%.3f goal_mb=0.5 xmx=%s",
                name, sessions, vaadinSessions, uis, beforeBytes / 1048576.0, growth / 1048576.0,
                sessions == 0 ? 0 : growth / 1048576.0 / sessions, heap));
    }

    /** Every update a session was told was posted is in the database, once. */
    private static void checkDatabase(LoadOptions o, String marker, long acknowledged) throws Exception {
        try (Connection c = DriverManager.getConnection(o.nodeJdbcUrl(), o.pgUser(), o.pgPassword());
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM progress_update WHERE body LIKE ?")) {
            s.setString(1, marker + " %");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long stored = r.getLong(1);
                BenchLine.print(String.format(Locale.ROOT, "BENCH load.database updates_acknowledged=%d updates_in_database=%d "
                        + "match=%s", acknowledged, stored, acknowledged == stored ? "yes" : "no"));
                if (acknowledged != stored) {
                    throw new IllegalStateException("the database holds " + stored + " of the " + acknowledged
                            + " updates the sessions were told were posted");
                }
            }
        }
    }

    private static void resetSchema(LoadOptions o) throws Exception {
        try (Connection c = DriverManager.getConnection(o.pgUrl(), o.pgUser(), o.pgPassword());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + o.schema() + " CASCADE");
            s.execute("CREATE SCHEMA " + o.schema());
        }
        Files.createDirectories(Path.of("target", "load"));
    }
}
