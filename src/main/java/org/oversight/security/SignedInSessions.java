package org.oversight.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends a person's open sessions, e.g. when an administrator deactivates the account or changes its role. */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** @return how many sessions were ended; each is refused on its next request and sent to the sign-in page */
    public int endAllOf(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.getUsername().equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
