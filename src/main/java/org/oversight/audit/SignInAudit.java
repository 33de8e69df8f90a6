package org.oversight.audit;

import org.oversight.security.AccountChange;
import org.oversight.security.SignInEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each {@link SignInEvent} to the audit trail. A plain (synchronous) listener, so the record joins the
 * transaction in which the sign-in door changed the account's counters.
 */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void record(SignInEvent event) {
        audit.recordForAccount(event.kind(), event.userId(), event.username(), event.details());
    }

    /** A change the security layer made by itself (the system, or whoever is signed in, is the actor). */
    @EventListener
    void record(AccountChange change) {
        audit.record(change.action(), "app_user", change.userId(), change.before(), change.after());
    }
}
