package org.oversight.security;

import java.time.OffsetDateTime;

/**
 * An account was locked because the attempts on it looked like an attack. Published inside the sign-in door's
 * transaction; the notification feature tells the owner (the security layer may not call it).
 *
 * @param email null when the account has none
 */
public record AccountLocked(long userId, String username, String email, OffsetDateTime lockedUntil, String reason) {
}
