package org.oversight.testsupport;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a demo user in for the current thread, for tests that run one case per user (parameterised), where
 * {@code @WithUserDetails} cannot vary. {@code null} means nobody (anonymous). Call {@link #out()} afterwards.
 */
public final class SignIn {

    private SignIn() {
    }

    public static void as(UserDetailsService users, String username) {
        if (username == null) {
            SecurityContextHolder.clearContext();
            return;
        }
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
