package org.oversight.publication.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most N requests a minute from one address to the public register; over that, a 429 that says how long to
 * wait. A fixed one-minute window per address, counted in a bounded Caffeine cache (decision 0041): the count
 * starts with an address's first request and the window ends a minute later. The address is the connection's
 * (behind a proxy, set {@code server.forward-headers-strategy} so that it is the reader's).
 */
final class PublicRateLimit extends OncePerRequestFilter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW).maximumSize(100_000).build();

    PublicRateLimit(int limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int count = counts.get(request.getRemoteAddr(), a -> new AtomicInteger()).incrementAndGet();
        if (count > limit) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(WINDOW.toSeconds()));
            response.setHeader("Cache-Control", "no-store");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/public/api/");
            response.setContentType(api ? "application/json" : "text/html;charset=UTF-8");
            String message = "Too many requests from your address: at most " + limit
                    + " a minute. Wait a minute, then try again. To download the whole register at once, use "
                    + "/public/register.csv or /public/register.json.";
            response.getOutputStream().write((api
                    ? "{\"status\":429,\"error\":\"" + message + "\"}"
                    : "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many requests – Public register</title></head>"
                            + "<body><h1>Too many requests</h1><p>" + message + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
