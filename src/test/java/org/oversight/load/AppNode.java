package org.oversight.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One node of the application: the packaged jar started as its own process on a loopback port, on the given
 * PostgreSQL database, demo accounts on; its log goes to target/load/node-PORT.log. {@link #liveHeap} asks the
 * node's JVM for a class histogram with {@code jcmd PID GC.class_histogram}, which runs a full collection first, so
 * its total is the heap still reachable: what the sessions retain, not garbage waiting to be collected.
 */
final class AppNode implements AutoCloseable {

    /**
     * The heap reachable after a full collection, and how many Vaadin sessions and UIs it holds; {@code byClass} has
     * each class's live instances and bytes ({@link HeapGrowth} compares two of them), {@code histogram} jcmd's text.
     */
    record LiveHeap(long bytes, long vaadinSessions, long uis, Map<String, HeapGrowth.Count> byClass, String histogram) {
    }

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    final int port;
    private final Process process;
    private final Path log;

    private AppNode(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static AppNode start(Path jar, int port, String heap, List<String> jvmOptions, String jdbcUrl, String user,
                         String password, Path dataDir) throws IOException {
        Path log = Path.of("target", "load", "node-" + port + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString(), "-Xmx" + heap,
                "-Djava.awt.headless=true",
                // whole stacks in a recording (--profile=true): a request's view sits some 100 frames below its leaf
                "-XX:FlightRecorderOptions=stackdepth=1024"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port, "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--oversight.demo.enabled=true",
                "--oversight.data-dir=" + dataDir));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppNode(port, p, log);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /**
     * Waits until the node says it is ready (after its start-up tasks: on a first start the schema and the demo data,
     * which load after the web server has started) and serves the sign-in page.
     */
    void awaitReady(Duration limit) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + port + " stopped; see " + log);
            }
            try {
                if (Files.readString(log).contains("Oversight Tracker is ready")
                        && http.send(HttpRequest.newBuilder(base().resolve("/login")).timeout(Duration.ofSeconds(5)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("node " + port + " served no sign-in page within " + limit + "; see " + log);
    }

    LiveHeap liveHeap() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(javaHome().resolve("bin/jcmd").toString(), Long.toString(process.pid()),
                "GC.class_histogram").redirectErrorStream(true).start();
        List<String> lines = new String(jcmd.getInputStream().readAllBytes()).lines().toList();
        if (!jcmd.waitFor(5, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd failed: " + String.join("\n", lines.subList(0, Math.min(5, lines.size()))));
        }
        return histogram(lines, port);
    }

    /**
     * A class histogram read: its total less the collector's fillers (a dead stretch of heap that a full collection
     * left in place rather than compacting, as the parallel collector does below its dense prefix, is counted as an
     * array of {@code FillerElement}: not kept by anything, so not what a session costs).
     */
    static LiveHeap histogram(List<String> lines, int port) {
        long total = -1;
        long fillers = 0;
        long sessions = 0;
        long uis = 0;
        Map<String, HeapGrowth.Count> byClass = new HashMap<>();
        for (String line : lines) {
            Matcher t = TOTAL.matcher(line);
            if (t.find()) {
                total = Long.parseLong(t.group(2));
            }
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                String type = m.group(3);
                if (type.contains("jdk.internal.vm.Filler")) {
                    fillers += Long.parseLong(m.group(2));
                    continue;
                }
                byClass.merge(type, new HeapGrowth.Count(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                        HeapGrowth.Count::plus);
                if (type.equals("com.vaadin.flow.server.VaadinSession") || type.endsWith(".SpringVaadinSession")) {
                    sessions += Long.parseLong(m.group(1));
                } else if (type.equals("com.vaadin.flow.component.UI")) {
                    uis += Long.parseLong(m.group(1));
                }
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no total in the class histogram of node " + port);
        }
        return new LiveHeap(total - fillers, sessions, uis, byClass, String.join("\n", lines));
    }

    /** The CPU time the node's process has used so far (user and system), in milliseconds. */
    long cpuMillis() {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    /** Starts a JFR recording of the node with the JDK's "profile" settings (method samples every 10 ms). */
    void startRecording() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=load", "settings=profile", "filename=" + recording().toAbsolutePath());
    }

    /** Stops the recording and writes it to {@link #recording()}. */
    void stopRecording() throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=load");
    }

    /** Where {@link #stopRecording()} writes the node's recording: target/load/node-PORT.jfr. */
    Path recording() {
        return log.resolveSibling("node-" + port + ".jfr");
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(javaHome().resolve("bin/jcmd").toString(), Long.toString(process.pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
