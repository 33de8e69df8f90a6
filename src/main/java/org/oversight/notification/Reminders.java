package org.oversight.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.oversight.deadline.CommissionerDeadline;
import org.oversight.deadline.Deadline;
import org.oversight.deadline.DeadlineCounts;
import org.oversight.deadline.DeadlineFilter;
import org.oversight.deadline.DeadlineProperties;
import org.oversight.deadline.DeadlineScope;
import org.oversight.deadline.ClockService;
import org.oversight.deadline.JooqDeadlineQuery;
import org.oversight.notification.internal.JooqExpiringEvidenceQuery;
import org.oversight.notification.internal.JooqInboxQuery;
import org.oversight.notification.internal.JooqMailRecipientQuery;
import org.oversight.notification.internal.JooqMailRecipientQuery.Person;
import org.oversight.notification.internal.JooqReminderLedgerRepository;
import org.oversight.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pass of the reminder job for the day {@code clock} says it is: dated reminders to the owners of each
 * deadline, escalations to chief officers, and the weekly digest. Each e-mail is recorded in reminder_sent in the
 * same transaction that hands it over, so a failed send is retried on the next run and a sent one never repeats.
 * Owners: the recipient's force or national leads; for deadlines the watchdog owes (the IOPC's publication of a
 * response it received, while the item is PLAN_SUBMITTED), the watchdog's staff.
 */
@Component
public class Reminders {

    /** What one pass sent. */
    public record Outcome(int reminders, int escalations, int digests, int failed) {
    }

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final int ALL = Integer.MAX_VALUE;

    private final JooqDeadlineQuery deadlines;
    private final JooqMailRecipientQuery people;
    private final JooqReminderLedgerRepository ledger;
    private final ReminderMails mails;
    private final MailDelivery delivery;
    private final ClockService clockService;
    private final ReminderProperties properties;
    private final DeadlineProperties deadlineProperties;
    private final TransactionTemplate tx;
    private final JooqInboxQuery inbox;
    private final JooqExpiringEvidenceQuery evidence;

    Reminders(JooqDeadlineQuery deadlines, JooqMailRecipientQuery people, JooqReminderLedgerRepository ledger, ReminderMails mails,
              MailDelivery delivery, ClockService clockService, ReminderProperties properties,
              DeadlineProperties deadlineProperties, TransactionTemplate tx, JooqInboxQuery inbox,
              JooqExpiringEvidenceQuery evidence) {
        this.inbox = inbox;
        this.evidence = evidence;
        this.deadlines = deadlines;
        this.people = people;
        this.ledger = ledger;
        this.mails = mails;
        this.delivery = delivery;
        this.clockService = clockService;
        this.properties = properties;
        this.deadlineProperties = deadlineProperties;
        this.tx = tx;
    }

    public Outcome runFor(Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        tx.executeWithoutResult(s -> clockService.syncAll(now));
        List<Deadline> open = deadlines.list(DeadlineScope.everything(), DeadlineFilter.ALL, today,
                deadlineProperties.dueSoonDays(), 0, ALL).stream().filter(d -> !d.paused()).toList();
        List<Person> everyone = people.all();
        Counter counter = new Counter();
        remind(open, everyone, today, now, counter);
        remindCommissioners(deadlines.commissionerDeadlines(DeadlineScope.everything(), today), everyone, today, now,
                counter);
        escalate(open, everyone, today, now, counter);
        evidenceExpiring(everyone, today, now, counter);
        if (today.getDayOfWeek().compareTo(properties.digestDay()) >= 0) {
            digest(everyone, today, now, counter);
        }
        Outcome outcome = new Outcome(counter.reminders, counter.escalations, counter.digests, counter.failed);
        log.info("Reminders for {}: {} reminders, {} escalations, {} digests sent to {}{}", today, outcome.reminders(),
                outcome.escalations(), outcome.digests(), delivery.describe(),
                outcome.failed() > 0 ? "; " + outcome.failed() + " failed and will be tried again" : ""); // i18n-ok: log line
        return outcome;
    }

    private void remind(List<Deadline> open, List<Person> everyone, LocalDate today, OffsetDateTime now, Counter counter) {
        for (Deadline d : open) {
            ReminderKind.forDaysLeft(d.daysLeft(today)).ifPresent(kind -> {
                List<String> explanations = clockService.explanationsForMail(d.trackedId());
                Predicate<Person> owner = d.side() == Deadline.Side.WATCHDOG
                        ? p -> p.role() == Role.WATCHDOG && Long.valueOf(d.watchdogId()).equals(p.organisationId())
                        : p -> p.role().answersRecommendations() && Long.valueOf(d.recipientId()).equals(p.organisationId());
                String key = "item:" + d.trackedId() + ":" + d.side() + ":" + d.dueOn();
                everyone.stream().filter(owner).forEach(p -> {
                    if (sendOnce(p, kind, List.of(key), mails.reminder(p, d, today, explanations), now, counter)) {
                        counter.reminders++;
                    }
                });
            });
        }
    }

    /**
     * The commissioners' published responses, chased like the others (14, 7, 1 days before, and when missed): to
     * the force's leads, who may record the response when it is published.
     */
    private void remindCommissioners(List<CommissionerDeadline> owed, List<Person> everyone, LocalDate today,
                                     OffsetDateTime now, Counter counter) {
        for (CommissionerDeadline c : owed) {
            if (c.paused()) {
                continue;
            }
            ReminderKind.forDaysLeft(c.daysLeft(today)).ifPresent(kind -> {
                String key = "pcc:" + c.clockId() + ":" + c.dueOn();
                everyone.stream().filter(p -> p.role() == Role.FORCE_LEAD && Long.valueOf(c.forceId()).equals(p.organisationId()))
                        .forEach(p -> {
                            if (sendOnce(p, kind, List.of(key), mails.commissionerReminder(p, c, today), now, counter)) {
                                counter.reminders++;
                            }
                        });
            });
        }
    }

    /** The owners of evidence that expires within 30 days are told once per file and expiry date. */
    private void evidenceExpiring(List<Person> everyone, LocalDate today, OffsetDateTime now, Counter counter) {
        for (var e : evidence.expiringBetween(today, today.plusDays(ReminderKind.EVIDENCE_NOTICE_DAYS))) {
            String key = "evidence:" + e.evidenceId() + ":" + e.expiresOn();
            everyone.stream()
                    .filter(p -> p.role().answersRecommendations() && Long.valueOf(e.organisationId()).equals(p.organisationId()))
                    .forEach(p -> {
                        if (sendOnce(p, ReminderKind.EVIDENCE_EXPIRING, List.of(key), mails.evidenceExpiring(p, e, today), now, counter)) {
                            counter.reminders++;
                        }
                    });
        }
    }

    /** One e-mail per chief officer per run, listing the items newly overdue by more than the threshold. */
    private void escalate(List<Deadline> open, List<Person> everyone, LocalDate today, OffsetDateTime now, Counter counter) {
        Map<Long, List<Deadline>> byRecipient = new LinkedHashMap<>();
        open.stream()
                .filter(d -> d.side() == Deadline.Side.RECIPIENT && -d.daysLeft(today) > properties.escalateAfterDays())
                .forEach(d -> byRecipient.computeIfAbsent(d.recipientId(), k -> new ArrayList<>()).add(d));
        for (Person chief : everyone) {
            if (chief.role() != Role.CHIEF_OFFICER || !byRecipient.containsKey(chief.organisationId())) {
                continue;
            }
            List<Deadline> fresh = byRecipient.get(chief.organisationId()).stream()
                    .filter(d -> !ledger.wasSent(chief.id(), ReminderKind.ESCALATION, escalationKey(d))).toList();
            if (!fresh.isEmpty() && sendOnce(chief, ReminderKind.ESCALATION, fresh.stream().map(Reminders::escalationKey).toList(),
                    mails.escalation(chief, fresh, today, properties.escalateAfterDays()), now, counter)) {
                counter.escalations++;
            }
        }
    }

    private void digest(List<Person> everyone, LocalDate today, OffsetDateTime now, Counter counter) {
        String week = "week:" + today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int dueSoonDays = deadlineProperties.dueSoonDays();
        for (Person p : everyone) {
            if (p.role() == Role.ADMIN || ledger.wasSent(p.id(), ReminderKind.DIGEST, week)) {
                continue;
            }
            DeadlineScope scope = DeadlineScope.of(p.asUser());
            int openItems = deadlines.openItems(scope);
            // what waits in their inbox: the decisions they chose to hear of in the digest only, and any unread
            List<InboxEntry> waiting = inbox.entries(p.id(), properties.digestListLimit() * 4).stream()
                    .filter(e -> !e.read()).toList();
            if (openItems == 0 && waiting.isEmpty()) {
                continue;
            }
            DeadlineCounts counts = deadlines.counts(scope, today, dueSoonDays);
            int limit = properties.digestListLimit();
            OutgoingMail mail = mails.digest(p, openItems, counts,
                    deadlines.list(scope, DeadlineFilter.OVERDUE, today, dueSoonDays, 0, limit),
                    deadlines.list(scope, DeadlineFilter.DUE_SOON, today, dueSoonDays, 0, limit), dueSoonDays, today);
            mail = mails.withWaiting(p, mail, waiting, limit);
            if (sendOnce(p, ReminderKind.DIGEST, List.of(week), mail, now, counter)) {
                counter.digests++;
            }
        }
    }

    /** Records every key and sends, in one transaction; false if already recorded or the send failed. */
    private boolean sendOnce(Person to, ReminderKind kind, List<String> keys, OutgoingMail mail, OffsetDateTime now,
                             Counter counter) {
        try {
            return Boolean.TRUE.equals(tx.execute(s -> {
                boolean fresh = false;
                for (String key : keys) {
                    fresh |= ledger.record(to.id(), kind, key, now);
                }
                if (fresh) {
                    delivery.send(mail);
                }
                return fresh;
            }));
        } catch (RuntimeException e) {
            counter.failed++;
            log.warn("Could not send \"{}\" to {}: {}", mail.subject(), to.email(), e.getMessage());
            return false;
        }
    }

    private static String escalationKey(Deadline d) {
        return "item:" + d.trackedId() + ":" + d.dueOn();
    }

    private static final class Counter {
        int reminders;
        int escalations;
        int digests;
        int failed;
    }
}
