package org.oversight.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.security.JooqUserAccountRepository.LoginState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns Spring Security's sign-in events into the lockout rule and {@link SignInEvent}s, which the audit trail
 * records. After
 * {@code oversight.security.lockout.max-failures} wrong passwords in a row an account is locked for
 * {@code oversight.security.lockout.duration}; a successful sign-in clears the count, and a lock that has run out
 * lets the next attempt through (a wrong one starts the count afresh). While locked, even the right password is
 * refused: Spring Security checks the lock before the password, so a locked account tells a guesser nothing.
 * Each event is one transaction: the counter and its audit event are written together.
 */
@Component
class LoginAttempts {

    private final JooqUserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(JooqUserAccountRepository accounts, ApplicationEventPublisher events, Clock clock,
                  @Value("${oversight.security.lockout.max-failures:5}") int maxFailures,
                  @Value("${oversight.security.lockout.duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        accounts.clearFailures(user.id());
        publish("LOGIN", user.id(), user.getUsername(), details(event.getAuthentication(), null));
    }

    @EventListener
    @Transactional
    public void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String typed = event.getAuthentication().getName();
        LoginState before = accounts.loginState(typed).orElse(null);
        if (before == null) {
            publish("LOGIN_FAILED", null, typed, details(event.getAuthentication(), "no such account"));
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LoginState after = accounts.countFailure(before.userId(), now);
        Map<String, Object> details = details(event.getAuthentication(), "wrong password");
        details.put("failedLogins", after.failedLogins());
        publish("LOGIN_FAILED", after.userId(), typed, details);
        if (after.failedLogins() >= maxFailures) {
            OffsetDateTime until = now.plus(lockDuration);
            accounts.lockUntil(after.userId(), until);
            Map<String, Object> lock = details(event.getAuthentication(), after.failedLogins() + " failed sign-ins in a row");
            lock.put("lockedUntil", until.toInstant().toString());
            publish("ACCOUNT_LOCKED", after.userId(), typed, lock);
        }
    }

    @EventListener
    @Transactional
    public void refused(AbstractAuthenticationFailureEvent event) {
        String reason = switch (event) {
            case AuthenticationFailureLockedEvent e -> "account locked";
            case AuthenticationFailureDisabledEvent e -> "account deactivated";
            case AuthenticationFailureBadCredentialsEvent e -> null; // counted by wrongPassword
            // the account could not be read (database unavailable): nothing can be recorded either
            case AuthenticationFailureServiceExceptionEvent e -> null;
            default -> event.getException().getClass().getSimpleName();
        };
        if (reason == null) {
            return;
        }
        String typed = event.getAuthentication().getName();
        Long userId = accounts.loginState(typed).map(LoginState::userId).orElse(null);
        publish("LOGIN_REFUSED", userId, typed, details(event.getAuthentication(), reason));
    }

    @EventListener
    @Transactional
    public void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            publish("LOGOUT", user.id(), user.getUsername(), null);
        }
    }

    private void publish(String kind, Long userId, String username, Map<String, Object> details) {
        events.publishEvent(new SignInEvent(kind, userId, username, details));
    }

    private static Map<String, Object> details(Authentication authentication, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (reason != null) {
            details.put("reason", reason);
        }
        if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            details.put("remoteAddress", web.getRemoteAddress());
        }
        return details;
    }
}
