package org.oversight.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Spring Security's password check, behind the {@link SignInThrottle}: a held-back source is refused first. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            throttle.refuseIfHeldBack(authentication);
        } catch (DataAccessException e) {
            // the database cannot be read: the sign-in page says the service is unavailable, not "wrong password"
            throw new AuthenticationServiceException("The account could not be checked.", e); // i18n-ok: the sign-in page says it from ?unavailable
        }
        return super.authenticate(authentication);
    }
}
