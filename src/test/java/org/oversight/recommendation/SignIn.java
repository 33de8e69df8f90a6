package org.oversight.recommendation;

import org.oversight.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo user in for the current test thread, for tests that change user half-way (which @WithUserDetails cannot). */
public final class SignIn {

    private SignIn() {
    }

    public static SignedInUser as(UserDetailsService users, String username) {
        SignedInUser user = (SignedInUser) users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }
}
