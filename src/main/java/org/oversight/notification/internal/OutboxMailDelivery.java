package org.oversight.notification.internal;

import org.oversight.base.i18n.Messages;
import static org.oversight.db.Tables.OUTBOX_MAIL;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.oversight.notification.MailDelivery;
import org.oversight.notification.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode, or no SMTP server: e-mails are kept in the outbox table (read on /outbox), both parts, and logged.
 */
public class OutboxMailDelivery implements MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailDelivery.class);
    private static final int MAX_BODY = 20_000;
    private static final int MAX_HTML = 40_000;

    private final DSLContext dsl;
    private final Clock clock;

    public OutboxMailDelivery(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        String body = mail.body().length() > MAX_BODY ? mail.body().substring(0, MAX_BODY) : mail.body();
        // an HTML part cut short would be broken markup: one too long is left out, and the text part still shows
        String html = mail.html() == null || mail.html().length() > MAX_HTML ? null : mail.html();
        dsl.insertInto(OUTBOX_MAIL)
                .set(OUTBOX_MAIL.TO_ADDRESS, mail.to())
                .set(OUTBOX_MAIL.SUBJECT, mail.subject().length() > 300 ? mail.subject().substring(0, 300) : mail.subject())
                .set(OUTBOX_MAIL.BODY, body)
                .set(OUTBOX_MAIL.HTML_BODY, html)
                .set(OUTBOX_MAIL.CREATED_AT, OffsetDateTime.now(clock))
                .execute();
        log.info("Mail to the outbox for {}: {}", mail.to(), mail.subject());
    }

    @Override
    public String describe() {
        return Messages.t("notification.outbox.the-outbox");
    }
}
