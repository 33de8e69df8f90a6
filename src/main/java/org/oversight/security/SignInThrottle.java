package org.oversight.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The throttle at the sign-in door, per account and source (the caller's address) together, so that a stranger's
 * wrong guesses never stop the owner signing in from elsewhere:
 * after {@code oversight.security.lockout.per-source.max-failures} wrong passwords from one source, that source is
 * refused for that account for {@code first-delay}, doubling with each further failure up to {@code max-delay}.
 * The account itself is locked for {@code duration} only on evidence of an attack: wrong passwords from
 * {@code max-sources} different sources within {@code window}, or {@code max-failures} in a row from anywhere.
 */
@Component
class SignInThrottle {

    static final String UNKNOWN_SOURCE = "unknown";

    final int perSourceMaxFailures;
    final Duration firstDelay;
    final Duration maxDelay;
    final int maxSources;
    final Duration window;
    final int maxFailures;
    final Duration lockDuration;
    private final JooqSignInFailureRepository failures;
    private final Clock clock;

    SignInThrottle(JooqSignInFailureRepository failures, Clock clock,
                   @Value("${oversight.security.lockout.per-source.max-failures:5}") int perSourceMaxFailures,
                   @Value("${oversight.security.lockout.per-source.first-delay:30s}") Duration firstDelay,
                   @Value("${oversight.security.lockout.per-source.max-delay:15m}") Duration maxDelay,
                   @Value("${oversight.security.lockout.max-sources:5}") int maxSources,
                   @Value("${oversight.security.lockout.window:1h}") Duration window,
                   @Value("${oversight.security.lockout.max-failures:50}") int maxFailures,
                   @Value("${oversight.security.lockout.duration:15m}") Duration lockDuration) {
        this.failures = failures;
        this.clock = clock;
        this.perSourceMaxFailures = perSourceMaxFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxSources = maxSources;
        this.window = window;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    /** Refuses (before the password is even checked) a source that is held back for this account. */
    void refuseIfHeldBack(Authentication attempt) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        failures.blockedUntil(attempt.getName(), source(attempt), now).ifPresent(until -> {
            long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000); // rounded up
            throw new SignInHeldBack(seconds);
        });
    }

    /** How long a source is held back after this many failures from it; zero while under the limit. */
    Duration holdBackAfter(int failuresFromSource) {
        if (failuresFromSource < perSourceMaxFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failuresFromSource - perSourceMaxFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }

    static String source(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            String address = web.getRemoteAddress();
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
        return UNKNOWN_SOURCE;
    }
}
