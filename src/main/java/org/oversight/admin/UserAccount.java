package org.oversight.admin;

import java.time.OffsetDateTime;
import org.oversight.security.Role;

/** An account as the administrator's list shows it. organisationId and organisationName are null for ADMIN. */
public record UserAccount(long id, String username, String displayName, String email, Role role, Long organisationId,
                          String organisationName, boolean enabled, int failedLogins, OffsetDateTime lockedUntil,
                          int version) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** "Force lead · Surrey Police" */
    public String roleAndScope() {
        return role.label() + (organisationName == null ? "" : " · " + organisationName);
    }
}
