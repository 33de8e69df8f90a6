package org.oversight.notification;

import org.oversight.base.i18n.Wording;
import org.oversight.security.SavedLanguages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.oversight.actionplan.PlanChangeService;
import org.oversight.actionplan.PlanChanges;
import org.oversight.notification.internal.JooqHandoffRepository;
import org.oversight.notification.internal.JooqHandoffRepository.Addressee;
import org.oversight.notification.internal.JooqHandoffSubjectQuery;
import org.oversight.notification.internal.JooqHandoffSubjectQuery.Subject;
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
 * decision that rolls back takes its entries and mail with it, so nobody hears of it. Escalations ({@link Escalations})
 * are copied to the recipient's chief officers.
 */
@Component
class HandoffRecorder {

    private final JooqHandoffRepository repository;
    private final JooqHandoffSubjectQuery subjects;
    private final HandoffMails mails;
    private final HandoffMailer mailer;
    private final Clock clock;
    private final PlanChangeService planChanges;
    private final Escalations escalations;
    private final SavedLanguages languages;

    HandoffRecorder(JooqHandoffRepository repository, JooqHandoffSubjectQuery subjects, HandoffMails mails,
                    HandoffMailer mailer, Clock clock, PlanChangeService planChanges, Escalations escalations,
                    SavedLanguages languages) {
        this.languages = languages;
        this.planChanges = planChanges;
        this.escalations = escalations;
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
        // the inbox line is kept as message keys, read in each reader's language; each mail is written in its reader's
        var subject = subjects.of(h);
        long organisation = h.kind().addressee() == HandoffKind.Side.WATCHDOG ? subject.watchdogId() : subject.recipientId();
        Wording title = h.subject() == null
                ? Wording.of("notification.inbox.line", Wording.of(h.kind().labelKey()), subject.aboutWording())
                : Wording.of("notification.inbox.line-with-subject", Wording.of(h.kind().labelKey()),
                        subject.aboutWording(), h.subject());
        // a plan submitted again after a return: the inbox line and the mail say what changed since
        PlanChanges changes = h.kind() == HandoffKind.PLAN_SUBMITTED && h.planId() != null
                ? planChanges.sinceReturn(h.planId()).orElse(null) : null;
        long handoffId = repository.insertHandoff(h.kind(), subject.path(), title, h.note(),
                changes == null ? null : changes.headlineWording(), h.actorId(), now);
        var extra = new HandoffMails.Extra(changes, null);
        for (Addressee person : repository.addressees(h.kind().addressee(), organisation)) {
            if (person.id() != h.actorId()) {
                tell(h, handoffId, subject, person, h.kind().needsAction(), extra, today, now);
            }
        }
        // an escalation: the recipient's chief officers are copied, for information
        var why = h.kind().addressee() == HandoffKind.Side.RECIPIENT ? escalations.why(h) : java.util.Optional.<String>empty();
        if (why.isPresent()) {
            for (Addressee chief : repository.chiefOfficers(subject.recipientId())) {
                if (chief.id() != h.actorId()) {
                    // the chief officer's copy says why in the chief officer's language
                    var copy = new HandoffMails.Extra(changes, languages.toWriteTo(chief.id())
                            .speak(() -> escalations.why(h).orElseThrow()));
                    tell(h, handoffId, subject, chief, false, copy, today, now);
                }
            }
        }
    }

    /** One person's inbox entry and, if they take this kind by e-mail now, their mail and their deputy's. */
    private void tell(Handoff h, long handoffId, Subject subject, Addressee person, boolean needsAction,
                      HandoffMails.Extra extra, LocalDate today, OffsetDateTime now) {
        repository.insertEntry(handoffId, person.id(), needsAction);
        if (repository.channel(person.id(), h.kind()) != Channel.EMAIL) {
            return;
        }
        if (hasAddress(person)) {
            var mail = mailIn(h, person, null, null, extra);
            repository.insertMail(handoffId, person.id(), null, person.email(), mail.subject(), mail.text(), mail.html(), now);
        }
        var cover = repository.deputyOn(person.id(), today);
        if (cover.isPresent() && hasAddress(cover.get().deputy()) && cover.get().deputy().id() != h.actorId()) {
            Addressee deputy = cover.get().deputy();
            var mail = mailIn(h, deputy, person, cover.get().endsOn(), extra);
            repository.insertMail(handoffId, deputy.id(), person.id(), deputy.email(), mail.subject(), mail.text(),
                    mail.html(), now);
        }
    }

    /** The mail in its reader's language (decision 0096): the subject, both parts and what it is about. */
    private HandoffMails.Mail mailIn(Handoff h, Addressee reader, Addressee onBehalfOf, LocalDate coverEnds,
                                     HandoffMails.Extra extra) {
        return languages.toWriteTo(reader.id())
                .speak(() -> mails.write(h, subjects.of(h), reader, onBehalfOf, coverEnds, extra));
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
