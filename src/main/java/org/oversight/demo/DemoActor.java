package org.oversight.demo;

import org.oversight.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Lets the demo's start-up stories act through the services as a demo account would on screen, so that rules,
 * handoffs and the audit trail are as for real work; whoever was signed in before is signed in again afterwards.
 */
@Component
class DemoActor {

    private final UserDetailsService accounts;

    DemoActor(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    /** Acts as the watchdog's demo account, as its staff would on screen. */
    void asStaffOf(String watchdogCode, Runnable work) {
        DemoAccounts.Account staff = DemoAccounts.ALL.stream()
                .filter(a -> a.role() == Role.WATCHDOG && watchdogCode.equals(a.organisationCode())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo account for watchdog " + watchdogCode));
        UserDetails user = accounts.loadUserByUsername(staff.username());
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
