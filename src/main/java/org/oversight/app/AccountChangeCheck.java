package org.oversight.app;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.oversight.base.DatabaseOutage;
import org.oversight.security.AccountCheck;
import org.oversight.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a signed-in session's requests, at most once per {@code interval}, checks the account against app_user
 * ({@link AccountCheck}); when an administrator has deactivated it, changed its role or organisation or reset its
 * password since the person signed in, on this node or any other, the session ends and the person is sent to sign in
 * again with the notice "Your account was changed". While the database cannot be reached the check is skipped (the
 * request meets the outage itself and writes nothing) and made again on the next request.
 * <p>
 * Not a bean: Spring Boot would register it a second time as a servlet filter. {@link SecurityConfig} adds it.
 */
final class AccountChangeCheck extends OncePerRequestFilter {

    static final String CHECKED_AT = AccountChangeCheck.class.getName() + ".checkedAt";
    static final String CHANGED_PAGE = "/login?changed";
    private static final Logger log = LoggerFactory.getLogger(AccountChangeCheck.class);

    private final AccountCheck accounts;
    private final Duration interval;

    AccountChangeCheck(AccountCheck accounts, Duration interval) {
        this.accounts = accounts;
        this.interval = interval;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && session != null && due(session)) {
            boolean valid;
            try {
                valid = accounts.stillValid(user);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                valid = true;
            }
            if (!valid) {
                log.info("Session of {} ended: the account was changed since sign-in", user.getUsername());
                session.invalidate();
                SecurityContextHolder.clearContext();
                sendToSignIn(request, response);
                return;
            }
            session.setAttribute(CHECKED_AT, Instant.now());
        }
        chain.doFilter(request, response);
    }

    private boolean due(HttpSession session) {
        Object last = session.getAttribute(CHECKED_AT);
        return !(last instanceof Instant at) || !Instant.now().isBefore(at.plus(interval));
    }

    /**
     * To the sign-in page with the notice: a redirect for a page, and for Vaadin's own requests (which expect JSON)
     * the message that makes its client go there, instead of "Invalid JSON response from server".
     */
    static void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + CHANGED_PAGE;
        if (request.getParameter("v-r") != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, target));
        } else {
            response.sendRedirect(target);
        }
    }
}
