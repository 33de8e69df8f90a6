package org.oversight.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The load test's settings, from {@code --name=value} arguments, each with a default and each bounded: at most
 * {@value #MAX_SESSIONS} sessions and {@value #MAX_MINUTES} minutes of load, loopback ports only. The database comes
 * from OT_LOAD_PG_URL, OT_LOAD_PG_USER and OT_LOAD_PG_PASSWORD; the test works in its own schema there, which it
 * empties first.
 */
record LoadOptions(int nodes, List<Integer> steps, int stepSeconds, long thinkMillis, int warmupSeconds, int port,
                   String heap, String username, String password, String registerQuery, double goalP95Millis,
                   Path jar, String pgUrl, String pgUser, String pgPassword, String schema, boolean profile, List<String> nodeJvm,
                   int arrivalSeconds) {

    static final int MAX_SESSIONS = 1000;
    static final int MAX_MINUTES = 60;
    /** Each node's JVM options unless --node-jvm says otherwise: the server's, as bin/fast-start runs it (decision 0142). */
    static final String SERVER_JVM = "-XX:+UseParallelGC,-XX:+UseCompactObjectHeaders";

    static LoadOptions parse(String[] args, Map<String, String> env) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            for (String one : arg.trim().split("\\s+")) {
                if (one.startsWith("--") && one.contains("=")) {
                    a.put(one.substring(2, one.indexOf('=')), one.substring(one.indexOf('=') + 1));
                } else if (!one.isEmpty()) {
                    throw new IllegalArgumentException("not understood: " + one + " (arguments are --name=value)");
                }
            }
        }
        List<Integer> steps = Arrays.stream(a.getOrDefault("steps", "10,20").split(",")).map(String::trim)
                .map(Integer::valueOf).toList();
        int stepSeconds = Integer.parseInt(a.getOrDefault("step-seconds", "60"));
        int nodes = Integer.parseInt(a.getOrDefault("nodes", "1"));
        if (nodes < 1 || nodes > 2) {
            throw new IllegalArgumentException("--nodes is 1 or 2");
        }
        if (steps.isEmpty() || steps.stream().anyMatch(s -> s < 1 || s > MAX_SESSIONS)
                || !steps.equals(steps.stream().sorted().distinct().toList())) {
            throw new IllegalArgumentException("--steps: rising session counts between 1 and " + MAX_SESSIONS);
        }
        if (stepSeconds < 10 || (long) stepSeconds * steps.size() > MAX_MINUTES * 60L) {
            throw new IllegalArgumentException("--step-seconds: at least 10, and all steps within " + MAX_MINUTES + " minutes");
        }
        // each step's new people sign in evenly over its first 20 seconds (a third of a shorter step)
        int arrivalSeconds = Integer.parseInt(a.getOrDefault("arrival-seconds", Integer.toString(Math.min(20, stepSeconds / 3))));
        if (arrivalSeconds < 0 || arrivalSeconds >= stepSeconds) {
            throw new IllegalArgumentException("--arrival-seconds: 0 or more, and less than --step-seconds");
        }
        String url = env.get("OT_LOAD_PG_URL");
        if (url == null || !url.startsWith("jdbc:postgresql://127.0.0.1") && !url.startsWith("jdbc:postgresql://localhost")) {
            throw new IllegalArgumentException("OT_LOAD_PG_URL must name a PostgreSQL database on this machine "
                    + "(jdbc:postgresql://127.0.0.1:5432/…); OT_LOAD_PG_USER and OT_LOAD_PG_PASSWORD with it");
        }
        String schema = a.getOrDefault("schema", "loadtest");
        if (!schema.matches("[a-z_]{1,30}") || schema.equals("public")) {
            throw new IllegalArgumentException("--schema: a schema of its own (lower-case letters), not public");
        }
        return new LoadOptions(nodes, steps, stepSeconds, Long.parseLong(a.getOrDefault("think-ms", "2000")),
                Integer.parseInt(a.getOrDefault("warmup-seconds", "30")), Integer.parseInt(a.getOrDefault("port", "8132")),
                a.getOrDefault("heap", "2g"), a.getOrDefault("user", "surrey"), a.getOrDefault("password", "demo"),
                a.getOrDefault("register-query", "status=OPEN&status=IN_PROGRESS"),
                Double.parseDouble(a.getOrDefault("goal-p95-ms", "1000")), jar(a.get("jar")), url,
                env.getOrDefault("OT_LOAD_PG_USER", "oversight"), env.getOrDefault("OT_LOAD_PG_PASSWORD", "oversight"),
                schema, Boolean.parseBoolean(a.getOrDefault("profile", "false")), nodeJvm(a.getOrDefault("node-jvm", SERVER_JVM)),
                arrivalSeconds);
    }

    /** Each node's JVM options, comma-separated (a collector, say): only -X… options pass; none at all when empty. */
    private static List<String> nodeJvm(String given) {
        List<String> options = Arrays.stream(given.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (options.stream().anyMatch(o -> !o.matches("-X[^\\s,]+"))) {
            throw new IllegalArgumentException("--node-jvm: JVM -X options separated by commas, e.g. -XX:+UseParallelGC");
        }
        return options;
    }

    /** The packaged application: the given jar, or the one ./mvnw package left in target/. */
    private static Path jar(String given) throws IOException {
        if (given != null) {
            return Path.of(given);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("oversight-tracker-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().contains("-plain")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no jar in target/: run ./mvnw package -DskipTests first"));
        }
    }

    /** The node's database: the given one, in the test's own schema. */
    String nodeJdbcUrl() {
        return pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    int nodePort(int n) {
        return port + 10 * n;
    }

    int proxyPort() {
        return port + 20;
    }
}
