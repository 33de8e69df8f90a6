package org.oversight.boardpack.internal;

import org.oversight.base.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.oversight.notification.MailDelivery;
import org.oversight.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly board pack e-mail to subscribed chief officers: a link to the board pack page, never the pack itself
 * (it holds names and figures that belong behind the sign-in). ShedLock lets one node run it, and each subscriber's
 * month is marked before the mail is written, so that even two runs at once send it once.
 */
@Component
public class BoardPackMailJob {

    public static final String LOCK = "board-pack-mail";

    private final JooqBoardPackRepository packs;
    private final MailDelivery mail;
    private final Clock clock;
    private final String baseUrl;

    BoardPackMailJob(JooqBoardPackRepository packs, MailDelivery mail, Clock clock,
                     @Value("${oversight.base-url:http://localhost:8080}") String baseUrl) {
        this.packs = packs;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(cron = "${oversight.board-pack.cron:0 30 7 1-7 * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
    public void run() {
        runNow();
    }

    /** Writes the month's mail to every subscriber who has not had it; returns how many were written. */
    public int runNow() {
        LocalDate today = LocalDate.now(clock);
        LocalDate monthStart = today.withDayOfMonth(1);
        int sent = 0;
        for (JooqBoardPackRepository.Subscriber s : packs.due(monthStart)) {
            if (packs.markSent(s.userId(), monthStart, today)) {
                mail.send(new OutgoingMail(s.email(), Messages.t("boardpack.mail.subject"),
                        Messages.t("boardpack.mail.body", s.displayName(), baseUrl + "/board-pack")));
                sent++;
            }
        }
        return sent;
    }
}
