package org.oversight.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.oversight.security.ApiTokenScope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} requests by their bearer token (nothing else: no session, no cookie). A token that is
 * not good is refused here with 401; a read token on a write with 403; a body over the limit with 413, before it is
 * read. A request without any token goes on unauthenticated and is refused by the chain's entry point (401).
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokenService tokens;
    private final long maxJsonBytes;
    private final long maxMultipartBytes;

    ApiTokenFilter(ApiTokenService tokens, long maxJsonBytes, long maxMultipartBytes) {
        this.tokens = tokens;
        this.maxJsonBytes = maxJsonBytes;
        this.maxMultipartBytes = maxMultipartBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
        long limit = multipart ? maxMultipartBytes : maxJsonBytes;
        if (length > limit) {
            ApiProblems.write(response, ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                    "The request is too large", "The request is " + megabytes(length) + "; the most this address accepts is "
                            + megabytes(limit) + "."));
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            ApiProblems.write(response, unauthorised("Send the API token as \"Authorization: Bearer <token>\"."));
            return;
        }
        ApiTokenService.TokenUse use;
        try {
            use = tokens.authenticate(header.substring(7).strip(), request.getMethod(), request.getRequestURI());
        } catch (ApiTokenService.TokenRefused refused) {
            ApiProblems.write(response, unauthorised(refused.getMessage()));
            return;
        }
        if (use.scope() == ApiTokenScope.READ && !READS.contains(request.getMethod())) {
            ApiProblems.write(response, ApiProblems.problem(HttpStatus.FORBIDDEN, "read-only-token", "This token may only read",
                    "The API token " + use.tokenName() + " may only read. Make a read and write token to change anything."));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(use));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static org.springframework.http.ProblemDetail unauthorised(String detail) {
        return ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthorised", "Sign in with an API token", detail);
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format(Locale.UK, "%.1f MB", bytes / 1048576.0);
    }
}
