package org.oversight.publication.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

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
            response.setHeader("Retry-After", Long.toString(WINDOW.toSeconds())); // i18n-ok: a header's name
            response.setHeader("Cache-Control", "no-store"); // i18n-ok: a header's name
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/public/api/");
            response.setContentType(api ? "application/json" : "text/html;charset=UTF-8");
            // the API answers in English (decision 0090); a page in the reader's language
            Language language = api ? Language.ENGLISH : Language.current();
            String message = Messages.t(language, "publication.public.too-many.text", limit);
            String title = HtmlUtils.htmlEscape(Messages.t(language, "publication.public.too-many.title"));
            response.getOutputStream().write((api
                    ? "{\"status\":429,\"error\":\"" + message + "\"}"
                    : "<!doctype html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\"><title>"
                            + Messages.t(language, "publication.public.title", title) + "</title></head><body><h1>"
                            + title + "</h1><p>" + HtmlUtils.htmlEscape(message) + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
