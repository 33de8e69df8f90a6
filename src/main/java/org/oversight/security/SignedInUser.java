package org.oversight.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, with the scope that services check: their role and, for every role but
 * ADMIN, the one organisation (watchdog, force or national body) they act for.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long organisationId;
    private final String organisationName;
    private final boolean enabled;
    private final boolean locked;
    private final int accountVersion;
    private String passwordHash;

    public SignedInUser(long id, String username, String displayName, Role role, Long organisationId,
                        String organisationName, String passwordHash, boolean enabled, boolean locked) {
        this(id, username, displayName, role, organisationId, organisationName, passwordHash, enabled, locked, 0);
    }

    /**
     * @param accountVersion app_user.version when the account was read; every administrator's change to the account
     *                       (role, organisation, password reset, deactivation) moves it on, which ends a session
     *                       signed in before the change ({@link AccountCheck})
     */
    public SignedInUser(long id, String username, String displayName, Role role, Long organisationId,
                        String organisationName, String passwordHash, boolean enabled, boolean locked,
                        int accountVersion) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.accountVersion = accountVersion;
    }

    public int accountVersion() {
        return accountVersion;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The organisation this user acts for; null only for ADMIN. */
    public Long organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean actsFor(long orgId) {
        return organisationId != null && organisationId == orgId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username + " (" + role + (organisationName == null ? "" : ", " + organisationName) + ")";
    }
}
