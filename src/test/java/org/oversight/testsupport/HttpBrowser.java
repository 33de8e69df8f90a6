package org.oversight.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser sends to the application under test (a {@code RANDOM_PORT} context): redirects are not followed, so
 * a test sees each answer; the session travels as its cookie; the sign-in form is sent as the real one is, with the
 * CSRF token of the sign-in page the browser has open.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final IntSupplier port;

    /** @param port the server's port, read when a request is made (the test's injected {@code @LocalServerPort}) */
    public HttpBrowser(IntSupplier port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String session) throws Exception {
        return send(withSession(HttpRequest.newBuilder(uri(path)), session));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(request, body);
    }

    /** As the login form does: with the CSRF token of the sign-in page open in this session. */
    public HttpResponse<String> postLogin(String session, String username, String password) throws Exception {
        String token = csrfToken(get("/login", session).body());
        return postLoginWith(session, username, password, "&_csrf=" + enc(token));
    }

    /** The sign-in POST with exactly these extra form fields (none: no CSRF token at all). */
    public HttpResponse<String> postLoginWith(String session, String username, String password, String extra)
            throws Exception {
        return send(withSession(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password) + extra)),
                session));
    }

    /** Opens the sign-in page, signs in, checks it worked, and returns the signed-in session. */
    public String signIn(String username, String password) throws Exception {
        String anonymous = sessionCookie(get("/login", null)).orElseThrow();
        HttpResponse<String> signIn = postLogin(anonymous, username, password);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return sessionCookie(signIn).orElseThrow();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port.getAsInt() + path);
    }

    public static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst();
    }

    /** Vaadin puts Spring Security's CSRF token into its bootstrap page, for the client's own requests. */
    public static String csrfToken(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("CSRF token in the page: %s", page.length() > 600 ? page.substring(0, 600) : page).isTrue();
        return m.group(1);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder withSession(HttpRequest.Builder request, String session) {
        return session == null ? request : request.header("Cookie", "JSESSIONID=" + session);
    }
}
