package org.oversight.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.oversight.notification.internal.JooqHandoffRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the handoff mail that committed decisions left in handoff_mail: at once after each decision, and every few
 * minutes for any that failed. Each mail is marked sent and handed over in one transaction of its own, so it goes
 * once even when two nodes try together, and a failed hand-over leaves it waiting.
 */
@Component
public class HandoffMailer {

    private static final Logger log = LoggerFactory.getLogger(HandoffMailer.class);
    private static final int BATCH = 200;

    private final JooqHandoffRepository repository;
    private final MailDelivery delivery;
    private final TransactionTemplate tx;
    private final Clock clock;

    HandoffMailer(JooqHandoffRepository repository, MailDelivery delivery, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** @return how many mails were handed over */
    public int sendPending() {
        int sent = 0;
        for (long id : tx.execute(s -> repository.pendingMailIds(BATCH))) {
            try {
                Boolean done = tx.execute(s -> repository.claim(id, OffsetDateTime.now(clock)).map(m -> {
                    delivery.send(new OutgoingMail(m.to(), m.subject(), m.text(), m.html()));
                    return true;
                }).orElse(false));
                if (Boolean.TRUE.equals(done)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not send handoff mail {}; it will be tried again: {}", id, e.getMessage());
            }
        }
        return sent;
    }

    @Scheduled(fixedDelayString = "${oversight.handoffs.retry:PT5M}", initialDelayString = "${oversight.handoffs.retry:PT5M}")
    void retry() {
        sendPending();
    }
}
