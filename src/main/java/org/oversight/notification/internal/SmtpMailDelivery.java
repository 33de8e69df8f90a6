package org.oversight.notification.internal;

import org.oversight.notification.MailDelivery;
import org.oversight.notification.OutgoingMail;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Hands e-mails to the SMTP server configured under spring.mail.*. */
public class SmtpMailDelivery implements MailDelivery {

    private final JavaMailSender sender;
    private final String from;
    private final String host;

    public SmtpMailDelivery(JavaMailSender sender, String from, String host) {
        this.sender = sender;
        this.from = from;
        this.host = host;
    }

    @Override
    public void send(OutgoingMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        sender.send(message);
    }

    @Override
    public String describe() {
        return "SMTP (" + host + ")";
    }
}
