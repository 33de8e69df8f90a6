package org.oversight.admin;

import org.oversight.security.Role;

/** What an administrator enters to create an account; the password is checked and hashed, never stored as typed. */
public record NewUser(String username, String displayName, String email, Role role, Long organisationId, String password) {
}
