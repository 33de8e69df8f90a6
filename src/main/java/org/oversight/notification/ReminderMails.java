package org.oversight.notification;

import java.time.LocalDate;
import java.util.List;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;
import org.oversight.deadline.CommissionerDeadline;
import org.oversight.deadline.Deadline;
import org.oversight.deadline.DeadlineCounts;
import org.oversight.notification.internal.JooqMailRecipientQuery.Person;
import org.oversight.security.SavedLanguages;
import org.springframework.stereotype.Component;

/**
 * The words of each e-mail, in its reader's saved language (decision 0096). Plain text: it reads the same in every
 * mail program and in the outbox.
 */
@Component
class ReminderMails {

    private static final int TEXT_LENGTH = 400;
    private static final String SIGNATURE = "\n-- \nOversight Tracker\n"; // i18n-ok: the product's name

    private final Links links;
    private final SavedLanguages languages;

    ReminderMails(Links links, SavedLanguages languages) {
        this.links = links;
        this.languages = languages;
    }

    /** @param explanations how each running clock's date was worked out ({@code ClockService.explanationsForMail}) */
    OutgoingMail reminder(Person to, Deadline d, LocalDate today, List<String> explanations) {
        return languages.toWriteTo(to.id()).speak(() -> {
            long days = d.daysLeft(today);
            String when = days < 0 ? Messages.t("notification.reminder.when.missed")
                    : days == 0 ? Messages.t("notification.reminder.when.today")
                    : days == 1 ? Messages.t("notification.reminder.when.tomorrow")
                    : Messages.t("notification.reminder.when.in", Formats.span(days));
            String subject = Messages.t("notification.reminder.subject", when, d.deliverable(), d.itemName(),
                    d.recipientName());
            boolean watchdog = d.side() == Deadline.Side.WATCHDOG;
            Object[] args = {d.watchdogName(), d.deliverable(), d.itemName(), Formats.longDate(d.dueOn()),
                    Formats.daysLeft(days)};
            String opening = days < 0
                    ? Messages.t(watchdog ? "notification.reminder.missed.watchdog" : "notification.reminder.missed", args)
                    : Messages.t(watchdog ? "notification.reminder.due.watchdog" : "notification.reminder.due", args);
            String why = explanations.isEmpty() ? ""
                    : "\n" + Messages.t("notification.reminder.how") + "\n" + explanations.stream().map(e -> "- " + e + "\n")
                            .collect(java.util.stream.Collectors.joining());
            String body = Messages.t("notification.mail.dear", to.displayName()) + "\n\n" + opening + "\n\n" + describe(d)
                    + why + "\n" + Messages.t("notification.mail.link.recommendation") + ": " + links.item(d.trackedId())
                    + "\n\n" + Messages.t("notification.reminder.you-receive", role(to), to.organisationName()) + " "
                    + Messages.t("notification.reminder.schedule") + SIGNATURE;
            return new OutgoingMail(to.email(), subject, body);
        });
    }

    /** The commissioner's published response (Police Act 1996 s55), to the force's leads. */
    OutgoingMail commissionerReminder(Person to, CommissionerDeadline c, LocalDate today) {
        return languages.toWriteTo(to.id()).speak(() -> {
            long days = c.daysLeft(today);
            String when = days < 0 ? Messages.t("notification.reminder.when.missed")
                    : days == 0 ? Messages.t("notification.reminder.when.today")
                    : Messages.t("notification.reminder.when.in", Formats.span(days));
            String subject = Messages.t("notification.reminder.commissioner.subject", when, c.reportReference(),
                    c.forceName());
            String opening = Messages.t(days < 0 ? "notification.reminder.commissioner.missed"
                            : "notification.reminder.commissioner.due", c.reportReference(), c.reportTitle(),
                    Formats.longDate(c.dueOn()), Formats.daysLeft(days));
            String body = Messages.t("notification.mail.dear", to.displayName()) + "\n\n" + opening + "\n\n"
                    + Messages.t("notification.reminder.open-clock", links.clocks(c.itemId())) + "\n\n"
                    + Messages.t("notification.reminder.you-receive", role(to), to.organisationName()) + SIGNATURE;
            return new OutgoingMail(to.email(), subject, body);
        });
    }

    OutgoingMail evidenceExpiring(Person to, org.oversight.notification.internal.JooqExpiringEvidenceQuery.Expiring e, LocalDate today) {
        return languages.toWriteTo(to.id()).speak(() -> {
            long days = java.time.temporal.ChronoUnit.DAYS.between(today, e.expiresOn());
            String subject = Messages.t("notification.evidence.subject", Formats.longDate(e.expiresOn()), e.fileName());
            String body = Messages.t("notification.mail.dear", to.displayName()) + "\n\n"
                    + Messages.t("notification.evidence.body", e.fileName(), Formats.longDate(e.expiresOn()),
                            Formats.daysLeft(days)) + "\n\n"
                    + Messages.t("notification.evidence.update", links.to(e.path())) + "\n" + SIGNATURE;
            return new OutgoingMail(to.email(), subject, body);
        });
    }

    OutgoingMail escalation(Person chief, List<Deadline> overdue, LocalDate today, int afterDays) {
        return languages.toWriteTo(chief.id()).speak(() -> {
            String recipient = overdue.getFirst().recipientName();
            String subject = Messages.t("notification.escalation.subject", overdue.size(), recipient, afterDays);
            StringBuilder body = new StringBuilder(Messages.t("notification.mail.dear", chief.displayName()))
                    .append("\n\n").append(Messages.t("notification.escalation.intro", recipient, afterDays))
                    .append("\n\n");
            for (Deadline d : overdue) {
                body.append(line(d, today));
            }
            body.append('\n').append(Messages.t("notification.escalation.outro")).append(SIGNATURE);
            return new OutgoingMail(chief.email(), subject, body.toString());
        });
    }

    OutgoingMail digest(Person to, int open, DeadlineCounts counts, List<Deadline> overdue, List<Deadline> dueSoon,
                        int dueSoonDays, LocalDate today) {
        return languages.toWriteTo(to.id()).speak(() -> {
            String subject = Messages.t("notification.digest.subject", counts.overdue(), counts.dueSoon(), open,
                    scopeName(to));
            StringBuilder body = new StringBuilder(Messages.t("notification.mail.dear", to.displayName()))
                    .append("\n\n").append(Messages.t("notification.digest.week", Formats.longDate(today), scopeName(to)))
                    .append("\n\n  ").append(Messages.t("notification.digest.open", open))
                    .append("\n  ").append(Messages.t("notification.digest.overdue", counts.overdue()))
                    .append("\n  ").append(Messages.t("notification.digest.due-soon", dueSoonDays, counts.dueSoon()))
                    .append('\n');
            if (counts.paused() > 0) {
                body.append("  ").append(Messages.t("notification.digest.paused", counts.paused())).append('\n');
            }
            section(body, Messages.t("notification.digest.section.overdue"), overdue, counts.overdue(), today);
            section(body, Messages.t("notification.digest.section.due-soon"), dueSoon, counts.dueSoon(), today);
            body.append('\n').append(Messages.t("notification.digest.all", links.notifications())).append(SIGNATURE);
            return new OutgoingMail(to.email(), subject, body.toString());
        });
    }

    /**
     * Adds to a digest what waits in the person's inbox: how many unread decisions, the first few with their links.
     * Unchanged when nothing waits.
     */
    OutgoingMail withWaiting(Person to, OutgoingMail digest, List<InboxEntry> unread, int limit) {
        if (unread.isEmpty()) {
            return digest;
        }
        return languages.toWriteTo(to.id()).speak(() -> {
            long needs = unread.stream().filter(InboxEntry::needsAction).count();
            StringBuilder waiting = new StringBuilder("\n")
                    .append(Messages.t("notification.digest.waiting", unread.size(), needs)).append('\n');
            unread.stream().limit(limit).forEach(e -> waiting.append("- ").append(e.title()).append("\n  ")
                    .append(links.to(e.path())).append('\n'));
            if (unread.size() > limit) {
                waiting.append("  ").append(Messages.t("notification.digest.more", unread.size() - limit, links.inbox()))
                        .append('\n');
            }
            int cut = digest.body().indexOf(SIGNATURE);
            String body = cut < 0 ? digest.body() + waiting
                    : digest.body().substring(0, cut) + "\n" + waiting + digest.body().substring(cut);
            return new OutgoingMail(digest.to(), digest.subject(), body);
        });
    }

    private void section(StringBuilder body, String title, List<Deadline> shown, int total, LocalDate today) {
        if (shown.isEmpty()) {
            return;
        }
        body.append('\n').append(title).append(":\n");
        shown.forEach(d -> body.append(line(d, today)));
        if (total > shown.size()) {
            body.append("  ").append(Messages.t("notification.digest.more", total - shown.size(), links.notifications()))
                    .append('\n');
        }
    }

    private String line(Deadline d, LocalDate today) {
        return "- " + Messages.t("notification.digest.line", capitalise(d.itemName()), d.recipientName(), d.deliverable(),
                Formats.date(d.dueOn()), Formats.daysLeft(d.daysLeft(today))) + "\n  " + links.item(d.trackedId()) + "\n";
    }

    private static String describe(Deadline d) {
        String text = d.recommendationText().length() > TEXT_LENGTH
                ? d.recommendationText().substring(0, TEXT_LENGTH - 1) + "…" : d.recommendationText();
        return d.reportTitle() + "\n" + Messages.t("notification.reminder.recommendation", d.recommendationNumber(), text)
                + "\n" + Messages.t("notification.reminder.recipient", d.recipientName()) + "\n"
                + Messages.t("notification.reminder.status", d.status().label()) + "\n";
    }

    private static String role(Person p) {
        return p.role().label().toLowerCase(java.util.Locale.ROOT);
    }

    private static String scopeName(Person p) {
        return p.organisationName() == null ? Messages.t("notification.digest.all-organisations") : p.organisationName();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
