package org.oversight.security;

import org.oversight.base.i18n.Messages;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Services ask this who is acting; it reads Spring Security's context, so it works in views, jobs and tests alike. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user, or an AccessDeniedException when nobody is signed in. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException(Messages.t("security.access.sign-in-first")));
    }

    /** The signed-in user if they have one of the roles, else AccessDeniedException naming what is allowed. */
    public SignedInUser requireRole(Role... roles) {
        SignedInUser user = require();
        for (Role role : roles) {
            if (user.is(role)) {
                return user;
            }
        }
        throw new AccessDeniedException(Messages.t("security.access.role-may-not", user.role().label()));
    }
}
