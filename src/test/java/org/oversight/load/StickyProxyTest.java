package org.oversight.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two-node run's proxy keeps a session on the node that issued it, and shares new visitors between nodes. */
class StickyProxyTest {

    private final List<HttpServer> nodes = new ArrayList<>();
    private StickyProxy proxy;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A node that names itself, gives a visitor without a session one named after itself, and redirects /go. */
    private URI node(String name) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", e -> {
            if (e.getRequestHeaders().getFirst("Cookie") == null) {
                e.getResponseHeaders().add("Set-Cookie", "JSESSIONID=" + name + "-" + nodes.size() + "; Path=/; HttpOnly");
            }
            if (e.getRequestURI().getPath().equals("/go")) {
                e.getResponseHeaders().add("Location", "http://127.0.0.1:" + s.getAddress().getPort() + "/home");
                e.sendResponseHeaders(302, -1);
            } else {
                byte[] body = (name + " " + new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                e.sendResponseHeaders(200, body.length);
                e.getResponseBody().write(body);
            }
            e.close();
        });
        s.start();
        nodes.add(s);
        return URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        nodes.forEach(n -> n.stop(0));
    }

    private HttpResponse<String> send(String path, String cookie, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(proxy.base().resolve(path));
        if (cookie != null) {
            b.header("Cookie", "JSESSIONID=" + cookie);
        }
        b.POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSessionStaysOnItsNodeAndNewVisitorsTakeTurns() throws Exception {
        proxy = new StickyProxy(0, List.of(node("a"), node("b")));

        HttpResponse<String> first = send("/login", null, "hello");
        HttpResponse<String> second = send("/login", null, "hello");
        assertThat(List.of(first.body(), second.body())).containsExactly("a hello", "b hello");
        String session = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0].substring("JSESSIONID=".length());

        for (int i = 0; i < 4; i++) {
            assertThat(send("/?v-r=uidl", session, "rpc " + i).body()).isEqualTo("a rpc " + i);
        }
    }

    @Test
    void aRedirectPointsAtTheProxyNotTheNode() throws Exception {
        proxy = new StickyProxy(0, List.of(node("a")));

        HttpResponse<String> redirect = send("/go", null, "");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).isEqualTo(proxy.base() + "home");
    }
}
