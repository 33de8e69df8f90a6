package org.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public register's first page under load, served from its page cache (the register's snapshot and the
 * rendered page are built once, then every reader gets the same bytes): requests a second over real HTTP from
 * concurrent anonymous readers, the load generator on the same machine. Target: at least 500 a second on 2 cores
 * (docs/performance.md, "The public register"). Settings: -Dbench.public.clients=32 -Dbench.public.seconds=15.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oversight.public.requests-per-minute=100000000")
@ActiveProfiles("test")
@Tag("database")
@OwnDatabase
class PublicRegisterPageBenchmark {

    @LocalServerPort int port;

    @Test
    void publicRegisterPageFromCache() throws Exception {
        int clients = Integer.getInteger("bench.public.clients", 32);
        int seconds = Integer.getInteger("bench.public.seconds", 15);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String etag = http.send(get("/public").header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("ETag").orElseThrow();
        // a browser asks for gzip (every browser does); a plain client does not; a returning reader revalidates
        List<Case> cases = List.of(
                new Case("first-page.gzip", get("/public").header("Accept-Encoding", "gzip").build(), 200),
                new Case("first-page.plain", get("/public").build(), 200),
                new Case("first-page.revalidated", get("/public").header("Accept-Encoding", "gzip")
                        .header("If-None-Match", etag).build(), 304),
                new Case("filtered.gzip", get("/public?force=SURREY&status=IN_PROGRESS").header("Accept-Encoding", "gzip").build(), 200));
        for (Case c : cases) {
            double rps = run(http, c, clients, Duration.ofSeconds(3)); // warm-up: renders once, then JIT
            rps = run(http, c, clients, Duration.ofSeconds(seconds));
            BenchLine.print(String.format(Locale.ROOT, "BENCH public.register.%s rps=%.0f clients=%d seconds=%d",
                    c.name(), rps, clients, seconds));
            assertThat(rps).as(c.name() + " requests a second").isPositive();
        }
    }

    private record Case(String name, HttpRequest request, int status) {
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private double run(HttpClient http, Case c, int clients, Duration length) throws Exception {
        HttpRequest request = c.request();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < clients; n++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == c.status() && (c.status() == 304 || r.body().length > 1000)) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        assertThat(failed.get()).as("failed requests").isZero();
        return ok.get() / elapsed;
    }
}
