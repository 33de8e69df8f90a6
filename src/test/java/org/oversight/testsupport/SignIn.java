package org.oversight.testsupport;

import java.util.stream.Stream;
import org.oversight.demo.DemoAccounts;
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

    /**
     * Every demo account's username ({@link DemoAccounts#ALL}), for a test run once per account:
     * {@code @MethodSource("org.oversight.testsupport.SignIn#everyDemoAccount")}.
     */
    public static Stream<String> everyDemoAccount() {
        return DemoAccounts.ALL.stream().map(DemoAccounts.Account::username);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
