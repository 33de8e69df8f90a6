package org.oversight.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.oversight.notification.internal.JooqHandoffRepository;
import org.oversight.notification.internal.JooqHandoffRepository.Addressee;
import org.oversight.notification.internal.JooqHandoffSubjectQuery;
import org.oversight.recommendation.Handoff;
import org.oversight.recommendation.HandoffKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records each handoff inside the deciding transaction: one inbox entry per person it is addressed to, and the mail
 * each of them (or their deputy) is to receive. After the decision commits, {@link HandoffMailer} sends the mail; a
 * decision that rolls back takes its entries and mail with it, so nobody hears of it.
 */
@Component
class HandoffRecorder {

    private final JooqHandoffRepository repository;
    private final JooqHandoffSubjectQuery subjects;
    private final HandoffMails mails;
    private final HandoffMailer mailer;
    private final Clock clock;

    HandoffRecorder(JooqHandoffRepository repository, JooqHandoffSubjectQuery subjects, HandoffMails mails,
                    HandoffMailer mailer, Clock clock) {
        this.repository = repository;
        this.subjects = subjects;
        this.mails = mails;
        this.mailer = mailer;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Handoff h) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
        var subject = subjects.of(h);
        long organisation = h.kind().addressee() == HandoffKind.Side.WATCHDOG ? subject.watchdogId() : subject.recipientId();
        String title = h.kind().label() + ": " + subject.about() + (h.subject() == null ? "" : ", " + h.subject());
        long handoffId = repository.insertHandoff(h.kind(), subject.path(), title, h.note(), h.actorId(), now);
        for (Addressee person : repository.addressees(h.kind().addressee(), organisation)) {
            if (person.id() == h.actorId()) {
                continue;
            }
            repository.insertEntry(handoffId, person.id(), h.kind().needsAction());
            if (repository.channel(person.id(), h.kind()) != Channel.EMAIL) {
                continue;
            }
            if (hasAddress(person)) {
                var mail = mails.write(h, subject, person, null, null);
                repository.insertMail(handoffId, person.id(), null, person.email(), mail.subject(), mail.text(), mail.html(), now);
            }
            var cover = repository.deputyOn(person.id(), today);
            if (cover.isPresent() && hasAddress(cover.get().deputy()) && cover.get().deputy().id() != h.actorId()) {
                Addressee deputy = cover.get().deputy();
                var mail = mails.write(h, subject, deputy, person, cover.get().endsOn());
                repository.insertMail(handoffId, deputy.id(), person.id(), deputy.email(), mail.subject(), mail.text(),
                        mail.html(), now);
            }
        }
    }

    /** Once the decision is committed, its mail goes (the same thread; a failure waits for the retry job). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void afterCommit(Handoff h) {
        mailer.sendPending();
    }

    private static boolean hasAddress(Addressee a) {
        return a.email() != null && !a.email().isBlank();
    }
}
