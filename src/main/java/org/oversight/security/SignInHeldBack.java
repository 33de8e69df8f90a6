package org.oversight.security;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused for now: too many wrong passwords for this account from this source (see SignInThrottle). */
public class SignInHeldBack extends LockedException {

    private final long seconds;

    public SignInHeldBack(long seconds) {
        super("Too many wrong passwords for this account from here. Try again in " + seconds + " seconds."); // i18n-ok: the sign-in page says it from ?held
        this.seconds = seconds;
    }

    /** How long, rounded up, until this source may try again. */
    public long seconds() {
        return seconds;
    }
}
