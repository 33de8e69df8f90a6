package org.oversight.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser, as far as the server can tell: its own session cookie, one Vaadin UI, and Flow's client protocol
 * spoken over the JDK's HTTP client. Signing in sends the real sign-in form; opening the application fetches the
 * bootstrap page and then {@code ?v-r=init}, as Flow's client does; every later step is a UIDL request
 * ({@code ?v-r=uidl}) carrying the RPCs a browser would send: a router navigation ({@code ui-navigate} on the UI),
 * a click, a field's value. Like the browser, it answers what the server asks back at once (a grid's or combo box's
 * data confirmation, the browser-details callback), says "closed" when a dialog has closed and closes a notification
 * when its time is up, as the browser's overlays do (without it, Vaadin 25 keeps every closed dialog and notification
 * in the UI, and the heap per session measured the client, not the application: decision 0116), and fetches the
 * images the page shows. Any answer a browser would
 * show as an error (a status other than 200, Vaadin's session-expired or application-error message, a page that
 * lacks what the step needs) throws {@link LoadError}.
 */
final class VaadinClient {

    static final class LoadError extends RuntimeException {
        LoadError(String message) {
            super(message);
        }
    }

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What Vaadin puts before a UIDL answer, so that a page that includes it as a script runs forever. */
    private static final byte[] GUARD = "for(;;);".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http;
    private final URI base;
    private final UiTree tree = new UiTree();
    private String session;
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    private int promise;
    /** Open notifications that close themselves, and when. */
    private final Map<UiNode, Long> notificationsCloseAt = new LinkedHashMap<>();

    VaadinClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    UiTree tree() {
        return tree;
    }

    /** The sign-in page, the form sent with its CSRF token, then the application opened at its home page. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/login"));
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new LoadError("the sign-in page has no CSRF token");
        }
        HttpResponse<String> signedIn = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
                        + "&_csrf=" + enc(token.group(1)))));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new LoadError("sign-in refused: " + signedIn.statusCode() + " → " + location);
        }
        HttpResponse<String> shell = send(get("/"));
        if (!shell.body().contains("VAADIN/build/")) {
            throw new LoadError("the application's bootstrap page did not come");
        }
        JsonNode init = json(send(get("/?v-r=init&location=&query=" + BrowserDetails.query()),
                HttpResponse.BodyHandlers.ofByteArray()));
        JsonNode config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl);
        answer(uidl, 0);
    }

    /** What Flow's router sends when a link inside the application is followed. */
    JsonNode navigate(String route, String query) throws IOException, InterruptedException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.put("historyState", Map.of("idx", 0));
        data.put("trigger", "link");
        return rpc(List.of(event(1, "ui-navigate", data)));
    }

    JsonNode click(UiNode button) throws IOException, InterruptedException {
        return rpc(List.of(event(button.id, "click", tree.eventData(button, "click"))));
    }

    /** Typing into a field and leaving it: the value synchronised with the field's change event, as Flow sends it. */
    JsonNode type(UiNode field, String value) throws IOException, InterruptedException {
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("type", "mSync");
        sync.put("node", field.id);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        return rpc(List.of(sync, event(field.id, "change", Map.of())));
    }

    /** Fetches images as a browser does, several at once; each must come back with content. */
    void fetchAll(List<String> paths) {
        List<CompletableFuture<HttpResponse<byte[]>>> pending = new ArrayList<>();
        for (String p : paths) {
            pending.add(http.sendAsync(get("/" + p).build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        for (CompletableFuture<HttpResponse<byte[]>> f : pending) {
            HttpResponse<byte[]> r = f.join();
            if (r.statusCode() != 200 || r.body().length == 0) {
                throw new LoadError("image " + r.uri().getPath() + " answered " + r.statusCode());
            }
        }
    }

    private JsonNode rpc(List<Map<String, Object>> calls) throws IOException, InterruptedException {
        return rpc(calls, 0);
    }

    /** @param depth how many answers-to-answers deep this is (a browser's replies to replies are bounded too) */
    private JsonNode rpc(List<Map<String, Object>> calls, int depth) throws IOException, InterruptedException {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("csrfToken", securityKey);
        message.put("rpc", withNotificationsClosed(calls));
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        JsonNode answer = json(send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(message))),
                HttpResponse.BodyHandlers.ofByteArray()));
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        JsonNode meta = answer.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            throw new LoadError("Vaadin says: " + meta);
        }
        syncId = answer.path("syncId").asInt(syncId);
        clientId = answer.path("clientId").asInt(clientId + 1);
        tree.apply(answer);
        answer(answer, depth);
        return answer;
    }

    /**
     * The calls, after what a browser would have sent meanwhile for each notification whose time is up: it closes by
     * itself ("opened" false), and when its animation has ended the browser says "closed", on which Vaadin takes it
     * out of the UI. A client that never said so would keep every notification in its session.
     */
    private List<Map<String, Object>> withNotificationsClosed(List<Map<String, Object>> calls) {
        List<Map<String, Object>> all = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (var it = notificationsCloseAt.entrySet().iterator(); it.hasNext(); ) {
            var n = it.next();
            if (n.getValue() <= now || !tree.isOpen(n.getKey())) {
                it.remove();
                if (tree.isOpen(n.getKey())) {
                    Map<String, Object> sync = new LinkedHashMap<>();
                    sync.put("type", "mSync");
                    sync.put("node", n.getKey().id);
                    sync.put("feature", 1);
                    sync.put("property", "opened");
                    sync.put("value", false);
                    all.add(sync);
                    all.add(event(n.getKey().id, "closed", Map.of()));
                }
            }
        }
        all.addAll(calls);
        return all;
    }

    /** Sends back what the answer asks of the browser straight away, as Flow's client and connectors do. */
    private void answer(JsonNode uidl, int depth) throws IOException, InterruptedException {
        List<Map<String, Object>> replies = new ArrayList<>();
        // a dialog the server closed: the browser says "closed" when its closing animation has ended
        tree.closedOverlays(uidl).forEach(n -> replies.add(event(n.id, "closed", Map.of())));
        long now = System.currentTimeMillis();
        tree.openedNotifications(uidl).forEach((n, duration) -> {
            if (duration > 0) {
                notificationsCloseAt.put(n, now + duration);
            }
        });
        for (JsonNode call : uidl.path("execute")) {
            JsonNode last = call.get(call.size() - 1);
            String script = last != null && last.isString() ? last.stringValue() : "";
            if (script.contains("$connector.confirm(") && call.get(0).has("@v-node") && call.get(1).isNumber()) {
                Map<String, Object> confirm = new LinkedHashMap<>();
                confirm.put("type", "publishedEventHandler");
                confirm.put("node", call.get(0).get("@v-node").asInt());
                confirm.put("templateEventMethodName", "confirmUpdate");
                confirm.put("templateEventMethodArgs", List.of(call.get(1).asInt()));
                confirm.put("promise", promise++);
                replies.add(confirm);
            } else if (script.contains("getBrowserDetailsParameters") && call.get(0).has("@v-return")) {
                JsonNode target = call.get(0).get("@v-return");
                Map<String, Object> channel = new LinkedHashMap<>();
                channel.put("type", "channel");
                channel.put("node", target.get(0).asInt());
                channel.put("channel", target.get(1).asInt());
                channel.put("args", List.of(BrowserDetails.map()));
                replies.add(channel);
            }
        }
        if (!replies.isEmpty() && depth < 3) {
            rpc(replies, depth + 1);
        }
    }

    private static Map<String, Object> event(int node, String event, Map<String, Object> data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", event);
        e.put("data", data);
        return e;
    }


    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        return session == null ? b : b.header("Cookie", "JSESSIONID=" + session);
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<T> r = http.send(request.build(), handler);
        r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .forEach(c -> session = c.substring("JSESSIONID=".length()).split(";", 2)[0]);
        return r;
    }

    /**
     * A JSON answer read from its bytes as they came (Vaadin's UIDL, after the {@code for(;;);} it puts before it): no
     * string of it is made, and Jackson reads UTF-8 faster than characters. The client shares the node's cores.
     */
    private static JsonNode json(HttpResponse<byte[]> r) {
        byte[] bytes = body(r);
        int start = startsWith(bytes, GUARD) ? GUARD.length : 0;
        return JSON.readTree(bytes, start, bytes.length - start);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static <T> T body(HttpResponse<T> r) {
        if (r.statusCode() != 200) {
            throw new LoadError(r.request().method() + " " + r.uri().getPath() + "?" + r.uri().getQuery() + " answered "
                    + r.statusCode());
        }
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
