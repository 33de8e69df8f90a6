package org.oversight.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small sticky reverse proxy on a loopback port, for the two-node run: a request with a session cookie goes to the
 * node that issued that session; one without goes to the nodes in turn. Sticky sessions are what a Vaadin cluster
 * needs (a UI lives in one node's memory; decision 0087). It forwards method, path, body and end-to-end headers, and
 * rewrites the node's address in redirects to its own. Test-side only, on the JDK's HttpServer and HttpClient.
 */
final class StickyProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "keep-alive",
            "transfer-encoding", "upgrade", "expect", "te", "trailer", "proxy-connection", "date");

    private final HttpServer server;
    private final List<URI> nodes;
    private final HttpClient http;
    private final Map<String, URI> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger turn = new AtomicInteger();

    StickyProxy(int port, List<URI> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5))
                .executor(Runnable::run).build(); // as the load client's (CapacityRun): no hand-over between threads
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::forward);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI node = cookie(exchange.getRequestHeaders().getOrDefault("Cookie", List.of()))
                    .map(sessions::get).orElseGet(() -> nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size())));
            HttpRequest.Builder out = HttpRequest.newBuilder(node.resolve(exchange.getRequestURI().toString()))
                    .timeout(Duration.ofSeconds(60));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> out.header(name, v));
                }
            });
            byte[] body = exchange.getRequestBody().readAllBytes();
            out.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<InputStream> answer;
            try {
                answer = http.send(out.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (IOException e) {
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (HOP_BY_HOP.contains(name.toLowerCase()) || name.startsWith(":")) {
                    return;
                }
                for (String v : values) {
                    if (name.equalsIgnoreCase("Set-Cookie") && v.startsWith("JSESSIONID=")) {
                        sessions.put(v.substring("JSESSIONID=".length()).split(";", 2)[0], node);
                    }
                    if (name.equalsIgnoreCase("Location")) {
                        v = v.replace(node.toString(), base().toString());
                    }
                    exchange.getResponseHeaders().add(name, v);
                }
            });
            try (InputStream in = answer.body()) {
                byte[] bytes = in.readAllBytes();
                exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream os = exchange.getResponseBody()) {
                        os.write(bytes);
                    }
                }
            }
        }
    }

    private static Optional<String> cookie(List<String> headers) {
        for (String header : headers) {
            for (String part : header.split(";")) {
                String p = part.strip();
                if (p.startsWith("JSESSIONID=")) {
                    return Optional.of(p.substring("JSESSIONID=".length()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
