package org.oversight.security;

import java.util.Map;

/**
 * A change the security layer makes to an account by itself, with nobody signed in (the first administrator made
 * at start). Published inside the transaction that made the change; the audit trail records it there
 * (audit.SignInAudit), with the system as the actor.
 *
 * @param action  FIRST_ADMINISTRATOR_CREATED
 * @param before  the account before, may be null
 * @param after   the account after
 */
public record AccountChange(String action, long userId, String username, Map<String, Object> before,
                            Map<String, Object> after) {
}
