package org.oversight.notification;

/** Where e-mails go: an SMTP server, or the in-app outbox in demo mode. */
public interface MailDelivery {

    /** Sends now; throws if the mail could not be handed over, so that the caller can try again later. */
    void send(OutgoingMail mail);

    /** "SMTP (mail.example.org)" or "the outbox", for the log and the outbox view. */
    String describe();
}
