package org.oversight.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.security.JooqUserAccountRepository.LoginState;
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
 * Turns Spring Security's sign-in events into the throttle and lockout rules ({@link SignInThrottle}) and
 * {@link SignInEvent}s, which the audit trail records. A wrong password counts against the account and its source
 * (the caller's address) together: too many from one source hold that source back for a growing while, never the
 * owner elsewhere. The account is locked only on evidence of an attack (many sources, or very many failures); then
 * the owner is told ({@link AccountLocked}, mailed by the notification feature) and an administrator may lift the
 * lock. A successful sign-in clears the account's count and its source's; a lock that has run out lets the next
 * attempt through. While locked, even the right password is refused: Spring Security checks the lock before the
 * password, so a locked account tells a guesser nothing. Each event is one transaction: the counters and their audit
 * events are written together.
 */
@Component
class LoginAttempts {

    private final JooqUserAccountRepository accounts;
    private final JooqSignInFailureRepository failures;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(JooqUserAccountRepository accounts, JooqSignInFailureRepository failures, SignInThrottle throttle,
                  ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.failures = failures;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        accounts.clearFailures(user.id());
        failures.forget(user.getUsername(), SignInThrottle.source(event.getAuthentication()));
        publish("LOGIN", user.id(), user.getUsername(), details(event.getAuthentication(), null));
    }

    @EventListener
    @Transactional
    public void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String typed = event.getAuthentication().getName();
        LoginState before = accounts.loginState(typed).orElse(null);
        if (before == null) {
            publish("LOGIN_FAILED", null, typed, details(event.getAuthentication(), "no such account")); // i18n-ok: a reason recorded in the audit trail
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String source = SignInThrottle.source(event.getAuthentication());
        LoginState after = accounts.countFailure(before.userId(), now);
        int fromSource = failures.countFailure(typed, source, now);
        Map<String, Object> details = details(event.getAuthentication(), "wrong password"); // i18n-ok: a reason recorded in the audit trail
        details.put("failedLogins", after.failedLogins());
        details.put("failedFromSource", fromSource);
        Duration holdBack = throttle.holdBackAfter(fromSource);
        if (!holdBack.isZero()) {
            failures.block(typed, source, now.plus(holdBack));
            details.put("sourceHeldBackSeconds", holdBack.toSeconds());
        }
        publish("LOGIN_FAILED", after.userId(), typed, details);
        int sources = failures.sourcesFailingSince(typed, now.minus(throttle.window));
        boolean attack = sources >= throttle.maxSources || after.failedLogins() >= throttle.maxFailures;
        boolean lockedAlready = after.lockedUntil() != null && after.lockedUntil().isAfter(now);
        if (attack && !lockedAlready) {
            OffsetDateTime until = now.plus(throttle.lockDuration);
            accounts.lockUntil(after.userId(), until);
            String reason = sources >= throttle.maxSources
                    ? "wrong passwords from " + sources + " different places within " + throttle.window.toMinutes() + " minutes" // i18n-ok: a reason recorded in the audit trail
                    : after.failedLogins() + " failed sign-ins in a row"; // i18n-ok: a reason recorded in the audit trail
            Map<String, Object> lock = details(event.getAuthentication(), reason);
            lock.put("lockedUntil", until.toInstant().toString());
            publish("ACCOUNT_LOCKED", after.userId(), typed, lock);
            events.publishEvent(new AccountLocked(after.userId(), typed, accounts.credentials(typed)
                    .map(JooqUserAccountRepository.Credentials::email).orElse(null), until, reason));
        }
    }

    // not for a sign-in the database could not check: no transaction can be opened then, and nothing recorded
    @EventListener(condition = "!(#event instanceof T(org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent))") // i18n-ok: a SpEL condition
    @Transactional
    public void refused(AbstractAuthenticationFailureEvent event) {
        String reason = switch (event) {
            case AuthenticationFailureLockedEvent e -> accounts.loginState(event.getAuthentication().getName())
                    .filter(state -> state.lockedUntil() != null && state.lockedUntil().isAfter(OffsetDateTime.now(clock)))
                    .isPresent() ? "account locked" : "source held back: too many wrong passwords from there"; // i18n-ok: a reason recorded in the audit trail
            case AuthenticationFailureDisabledEvent e -> "account deactivated"; // i18n-ok: a reason recorded in the audit trail
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
