package org.oversight.notification;

/** A plain-text e-mail to one person. */
public record OutgoingMail(String to, String subject, String body) {
}
