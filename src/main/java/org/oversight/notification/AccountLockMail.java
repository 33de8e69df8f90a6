package org.oversight.notification;

import org.oversight.base.i18n.Messages;
import org.oversight.security.SavedLanguages;
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

    private final SavedLanguages languages;

    AccountLockMail(MailDelivery delivery, SavedLanguages languages) {
        this.delivery = delivery;
        this.languages = languages;
    }

    @EventListener
    void tellTheOwner(AccountLocked locked) {
        if (locked.email() == null || locked.email().isBlank()) {
            log.warn("The account '{}' is locked until {} ({}), and has no e-mail address to tell its owner.",
                    locked.username(), locked.lockedUntil(), locked.reason());
            return;
        }
        OutgoingMail mail = languages.toWriteTo(locked.userId()).speak(() -> new OutgoingMail(locked.email(),
                Messages.t("notification.lock.subject"), Messages.t("notification.lock.body", locked.username(),
                        Formats.dateTime(locked.lockedUntil()), locked.reason()) + "\n"));
        try {
            delivery.send(mail);
        } catch (RuntimeException e) {
            log.error("Could not tell {} that their account '{}' is locked: {}", locked.email(), locked.username(), e.toString());
        }
    }
}
