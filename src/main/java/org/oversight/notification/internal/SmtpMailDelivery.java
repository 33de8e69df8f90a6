package org.oversight.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.oversight.notification.MailDelivery;
import org.oversight.notification.OutgoingMail;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Hands e-mails to the SMTP server configured under spring.mail.*; with an HTML part, as multipart/alternative. */
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
        if (mail.html() == null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            sender.send(message);
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), mail.html());
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not write the mail to " + mail.to(), e); // i18n-ok: for the log
        }
        sender.send(message);
    }

    @Override
    public String describe() {
        return "SMTP (" + host + ")";
    }
}
