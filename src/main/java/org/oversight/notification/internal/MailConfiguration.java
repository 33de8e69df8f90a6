package org.oversight.notification.internal;

import java.time.Clock;
import org.jooq.DSLContext;
import org.oversight.base.DemoMode;
import org.oversight.notification.MailDelivery;
import org.oversight.notification.ReminderProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses where mail goes. AUTO (the default) sends through SMTP only when a host is configured and demo mode is
 * off, so a demo never mails real people; SMTP or OUTBOX force one or the other (tests use SMTP with GreenMail).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailDelivery mailDelivery(ReminderProperties properties, DemoMode demoMode, ObjectProvider<JavaMailSender> senders,
                              DSLContext dsl, Clock clock, @Value("${spring.mail.host:}") String host) {
        boolean smtp = switch (properties.delivery()) {
            case SMTP -> true;
            case OUTBOX -> false;
            case AUTO -> !host.isBlank() && !demoMode.enabled();
        };
        MailDelivery delivery;
        if (smtp) {
            JavaMailSender sender = senders.getIfAvailable();
            if (sender == null || host.isBlank()) {
                throw new IllegalStateException("oversight.reminders.delivery=SMTP needs spring.mail.host "
                        + "(OVERSIGHT_SMTP_HOST) to be set");
            }
            delivery = new SmtpMailDelivery(sender, properties.from(), host);
        } else {
            delivery = new OutboxMailDelivery(dsl, clock);
        }
        log.info("E-mail reminders go to {}", delivery.describe());
        return delivery;
    }
}
