package org.oversight.security;

import java.util.Map;

/**
 * Something that happened to an account at the sign-in door (signed in, wrong password, refused, locked, signed
 * out). Published inside the transaction that changed the account's counters, so that a listener (the audit trail)
 * writes its record in the same transaction: both are kept, or neither.
 *
 * @param kind     LOGIN, LOGIN_FAILED, LOGIN_REFUSED, ACCOUNT_LOCKED or LOGOUT
 * @param userId   the account, or null when the name typed matches none
 * @param username the name as typed (or the account's)
 * @param details  reason, remote address and counters; may be null
 */
public record SignInEvent(String kind, Long userId, String username, Map<String, Object> details) {
}
