package org.oversight.notification;

import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oversight.actionplan.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Handoff mail tests against an embedded SMTP server (GreenMail), with committing services: the mail of a decision
 * goes only once its transaction commits, so these classes run on a database of their own. Each test first sends
 * whatever the demo's own start-up left waiting, then counts only what its own decisions send.
 */
@TestPropertySource(properties = {
        "oversight.reminders.delivery=SMTP",
        "spring.mail.host=127.0.0.1",
        "oversight.reminders.demo-run-at-start=false",
        "oversight.base-url=https://oversight.example.org"})
abstract class HandoffMailSupport {

    static final String BASE = "https://oversight.example.org";
    static final String DEVON = "devon@demo.oversight.invalid";
    static final String SURREY = "surrey@demo.oversight.invalid";
    static final String HMICFRS = "hmicfrs@demo.oversight.invalid";
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired DSLContext dsl;
    @Autowired HandoffMailer mailer;
    @Autowired PlanFixtures fx;

    /** Message ids already read: GreenMail lists received mail grouped by mailbox, not in the order it came. */
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    /** A mail as a reader sees it: the plain-text and the HTML part. */
    record Mail(String to, String subject, String text, String html) {
    }

    @BeforeEach
    void startFromNothingWaiting() {
        mailer.sendPending();
        newMail();
    }

    /**
     * The mails that reached the SMTP server since the last call. GreenMail stores a mail a moment after accepting
     * it, so this waits until no more arrive for a short while.
     */
    List<Mail> newMail() {
        int count = smtp.getReceivedMessages().length;
        while (smtp.waitForIncomingEmail(400, count + 1)) {
            count = smtp.getReceivedMessages().length;
        }
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> seen.add(id(m))).map(HandoffMailSupport::read).toList();
    }

    String reference(long trackedId) {
        return dsl.select(REPORT.REFERENCE).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(REPORT.REFERENCE);
    }

    private static String id(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage m) {
        try {
            String to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .reduce((a, b) -> a + "," + b).orElse("");
            String text = null;
            String html = null;
            if (m.getContent() instanceof Multipart multipart) {
                for (BodyPart part : parts(multipart)) {
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            } else {
                text = m.getContent() instanceof String plain ? plain : GreenMailUtil.getBody(m);
            }
            return new Mail(to, m.getSubject(), text == null ? null : text.replace("\r\n", "\n"), html);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BodyPart> parts(Multipart multipart) throws Exception {
        List<BodyPart> out = new java.util.ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                out.addAll(parts(inner));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
