package org.oversight.notification;

import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oversight.deadline.TestItems;
import org.oversight.deadline.internal.ClockSync;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Reminder tests against an embedded SMTP server (GreenMail): mail goes out through Spring Mail as in production.
 * Every test closes the demo's items first, so that exactly its own items are due; digests are set to Sundays so
 * that a run on any other day sends none.
 */
@TestPropertySource(properties = {
        "oversight.reminders.delivery=SMTP",
        "spring.mail.host=127.0.0.1",
        "oversight.reminders.digest-day=SUNDAY",
        "oversight.reminders.demo-run-at-start=false",
        "oversight.base-url=https://oversight.example.org"})
abstract class MailTestSupport {

    static final String BASE = "https://oversight.example.org";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    Reminders reminders;
    @Autowired
    DSLContext dsl;
    @Autowired
    ClockSync sync;

    TestItems items;

    /** A mail as the assertions read it. */
    record Mail(String to, String subject, String body) {
    }

    @BeforeEach
    void onlyTheTestsOwnItems() {
        items = new TestItems(dsl, sync);
        items.closeEverythingElse();
    }

    /** Runs the job as if it were 07:00 on {@code day}, and returns what reached the SMTP server in that run. */
    /**
     * The mails one run of the job sends. GreenMail lists received messages mailbox by mailbox, not in the order they
     * arrived, so the new ones are told apart by their Message-ID rather than by position.
     */
    List<Mail> runOn(LocalDate day) {
        java.util.Set<String> before = Arrays.stream(smtp.getReceivedMessages()).map(MailTestSupport::messageId)
                .collect(java.util.stream.Collectors.toSet());
        new ReminderJob(reminders, Clock.fixed(day.atTime(LocalTime.of(7, 0)).atZone(UK).toInstant(), UK)).runNow();
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> !before.contains(messageId(m)))
                .map(MailTestSupport::read).toList();
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    long item(String watchdog, ReportKind kind, RecommendationKind recommendationKind, LocalDate published, String recipient) {
        return items.item(watchdog, kind, recommendationKind, published, recipient, published);
    }

    String reference(long trackedId) {
        return dsl.select(REPORT.REFERENCE).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID))
                .where(TRACKED_RECOMMENDATION.ID.eq(trackedId)).fetchSingle(REPORT.REFERENCE);
    }

    static String link(long trackedId) {
        return BASE + "/recommendations/" + trackedId;
    }

    private static Mail read(MimeMessage m) {
        try {
            return new Mail(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .reduce((a, b) -> a + "," + b).orElse(""), m.getSubject(), GreenMailUtil.getBody(m));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
