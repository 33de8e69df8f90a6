package org.oversight.notification;

/** An e-mail to one person: a plain-text part, and an HTML part when {@code html} is not null. */
public record OutgoingMail(String to, String subject, String body, String html) {

    public OutgoingMail(String to, String subject, String body) {
        this(to, subject, body, null);
    }
}
