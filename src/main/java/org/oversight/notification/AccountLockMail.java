package org.oversight.notification;

import org.oversight.base.Formats;
import org.oversight.security.AccountLocked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of an account that it was locked after an attack on it, so that a lock never goes unnoticed. A
 * mail that cannot be handed over is logged, and the lock stands regardless.
 */
@Component
class AccountLockMail {

    private static final Logger log = LoggerFactory.getLogger(AccountLockMail.class);

    private final MailDelivery delivery;

    AccountLockMail(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @EventListener
    void tellTheOwner(AccountLocked locked) {
        if (locked.email() == null || locked.email().isBlank()) {
            log.warn("The account '{}' is locked until {} ({}), and has no e-mail address to tell its owner.",
                    locked.username(), locked.lockedUntil(), locked.reason());
            return;
        }
        String body = """
                Your Oversight Tracker account '%s' is locked until %s, because of %s.

                If that was not you, someone is trying to guess your password: tell your administrator. Once the lock \
                runs out you can sign in as usual; an administrator can also lift it sooner (Users page).
                """.formatted(locked.username(), Formats.dateTime(locked.lockedUntil()), locked.reason());
        try {
            delivery.send(new OutgoingMail(locked.email(), "Your Oversight Tracker account is locked", body));
        } catch (RuntimeException e) {
            log.error("Could not tell {} that their account '{}' is locked: {}", locked.email(), locked.username(), e.toString());
        }
    }
}
