package org.oversight.bench;

import static org.oversight.db.Tables.REPORT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.oversight.OversightTrackerApplication;
import org.oversight.scale.NationalDataGenerator;
import org.oversight.security.SignedInUser;
import org.oversight.security.JooqUserAccountRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The application, started against one benchmark database (H2 in a file under target/bench, or PostgreSQL when
 * OT_BENCH_PG_URL, OT_BENCH_PG_USER and OT_BENCH_PG_PASSWORD are set) and filled by the national data generator.
 * Started once per JVM and shared by every benchmark class; services and queries come from its context, so a
 * service-layer case calls exactly what the application calls.
 */
final class BenchDatabase {

    private static final Map<String, BenchDatabase> STARTED = new LinkedHashMap<>();

    final String name;
    final ConfigurableApplicationContext context;
    final BenchSettings settings;
    private final Map<String, UsernamePasswordAuthenticationToken> signedIn = new HashMap<>();

    private BenchDatabase(String name, ConfigurableApplicationContext context, BenchSettings settings) {
        this.name = name;
        this.context = context;
        this.settings = settings;
    }

    /** H2 always; PostgreSQL as well when its variables are set. */
    static synchronized List<BenchDatabase> all() {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        List<BenchDatabase> dbs = new ArrayList<>();
        dbs.add(STARTED.computeIfAbsent("h2", k -> {
            Path dir = Path.of("target", "bench", "h2-" + settings.key()).toAbsolutePath();
            // QUERY_CACHE_SIZE=0: otherwise H2 hands a session the result of its previous identical query, and
            // repeating one query would time a cache rather than the query
            return start("h2", "jdbc:h2:file:" + dir.resolve("national") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0", "sa", "",
                    dir.resolve("generated.marker"), settings);
        }));
        String pgUrl = System.getenv("OT_BENCH_PG_URL");
        if (pgUrl != null && !pgUrl.isBlank()) {
            dbs.add(STARTED.computeIfAbsent("postgres", k -> start("postgres", pgUrl, System.getenv("OT_BENCH_PG_USER"),
                    System.getenv("OT_BENCH_PG_PASSWORD"),
                    Path.of("target", "bench", "postgres-" + Integer.toHexString(pgUrl.hashCode()) + ".marker"), settings)));
        }
        return dbs;
    }

    private static BenchDatabase start(String name, String url, String user, String password, Path marker,
                                       BenchSettings settings) {
        System.setProperty("java.awt.headless", "true");
        // as command-line arguments, so that they win over application.yml (server.port: ${PORT:8080})
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OversightTrackerApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (user == null ? "" : user),
                "--spring.datasource.password=" + (password == null ? "" : password),
                "--oversight.demo.enabled=false",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.jmx.enabled=false",
                "--logging.level.root=warn",
                "--logging.level.org.oversight.scale=info");
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        BenchDatabase db = new BenchDatabase(name, context, settings);
        db.generateUnlessReusable(marker);
        return db;
    }

    private void generateUnlessReusable(Path marker) {
        try {
            String wanted = settings.key();
            if (settings.reuse() && Files.exists(marker) && Files.readString(marker).equals(wanted)
                    && dsl().fetchExists(REPORT)) {
                BenchRunner.record("# " + name + ": reusing the data set generated for " + wanted);
                return;
            }
            Files.deleteIfExists(marker);
            NationalDataGenerator.Result r = bean(NationalDataGenerator.class)
                    .generate(new NationalDataGenerator.Request(settings.scale(), settings.seed(), settings.today(), true));
            String line = String.format("# %s: generated %,d rows at scale %s in %.1f s (%.1f s CPU): %s", name, r.totalRows(),
                    settings.scale(), r.totalMillis() / 1e3, r.millisCpu() / 1e3, r.rows());
            System.out.println(line);
            BenchRunner.record(line);
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DSLContext dsl() {
        return bean(DSLContext.class);
    }

    DataSource dataSource() {
        return bean(DataSource.class);
    }

    boolean postgres() {
        return "postgres".equals(name);
    }

    /** The due-soon window the application runs with, which the floor must use too. */
    int dueSoonDays() {
        return bean(org.oversight.deadline.DeadlineProperties.class).dueSoonDays();
    }

    LocalDate today() {
        return LocalDate.now(bean(Clock.class));
    }

    /** Runs the work signed in as a (generated) account, as a request of that user would: services check the role. */
    <T> T as(String username, Supplier<T> work) {
        var auth = signedIn.computeIfAbsent(username, u -> {
            SignedInUser user = bean(JooqUserAccountRepository.class).findByUsername(u, java.time.OffsetDateTime.now())
                    .orElseThrow(() -> new IllegalArgumentException("no account " + u + " in the " + name + " data set"));
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        });
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long organisationId(String code) {
        return dsl().select(org.oversight.db.Tables.ORGANISATION.ID).from(org.oversight.db.Tables.ORGANISATION)
                .where(org.oversight.db.Tables.ORGANISATION.CODE.eq(code)).fetchSingle().value1();
    }
}
