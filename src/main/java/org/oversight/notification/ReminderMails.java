package org.oversight.notification;

import java.time.LocalDate;
import java.util.List;
import org.oversight.base.Plurals;
import org.oversight.base.Formats;
import org.oversight.deadline.CommissionerDeadline;
import org.oversight.deadline.Deadline;
import org.oversight.deadline.DeadlineCounts;
import org.oversight.notification.internal.JooqMailRecipientQuery.Person;
import org.springframework.stereotype.Component;

/** The words of each e-mail. Plain text: it reads the same in every mail program and in the outbox. */
@Component
class ReminderMails {

    private static final int TEXT_LENGTH = 400;
    private static final String SIGNATURE = "\n-- \nOversight Tracker\n";

    private final Links links;

    ReminderMails(Links links) {
        this.links = links;
    }

    /** @param explanations how each running clock's date was worked out ({@code ClockService.explanationsForMail}) */
    OutgoingMail reminder(Person to, Deadline d, LocalDate today, List<String> explanations) {
        long days = d.daysLeft(today);
        String when = days < 0 ? "Deadline missed" : days == 0 ? "Due today" : days == 1 ? "Due tomorrow" : "Due in " + Formats.span(days);
        String subject = when + ": " + d.deliverable() + " for " + d.itemName() + " (" + d.recipientName() + ")";
        String who = d.side() == Deadline.Side.WATCHDOG ? d.watchdogName() + "'s " : "The ";
        String opening = days < 0
                ? who + d.deliverable() + " for " + d.itemName() + " was due on " + Formats.longDate(d.dueOn())
                        + " and has not been recorded. It is " + Formats.daysLeft(days) + "."
                : who + d.deliverable() + " for " + d.itemName() + " is due on " + Formats.longDate(d.dueOn())
                        + " (" + Formats.daysLeft(days) + ").";
        String why = explanations.isEmpty() ? ""
                : "\nHow the date was worked out:\n" + explanations.stream().map(e -> "- " + e + "\n")
                        .collect(java.util.stream.Collectors.joining());
        String body = "Dear " + to.displayName() + ",\n\n" + opening + "\n\n" + describe(d) + why
                + "\nOpen the recommendation: " + links.item(d.trackedId()) + "\n\n"
                + "You receive this as " + to.role().label().toLowerCase() + " for " + to.organisationName()
                + ". Reminders go 14, 7 and 1 days before a due date and on the day after it is missed."
                + SIGNATURE;
        return new OutgoingMail(to.email(), subject, body);
    }

    /** The commissioner's published response (Police Act 1996 s55), to the force's leads. */
    OutgoingMail commissionerReminder(Person to, CommissionerDeadline c, LocalDate today) {
        long days = c.daysLeft(today);
        String when = days < 0 ? "Deadline missed" : days == 0 ? "Due today" : "Due in " + Formats.span(days);
        String subject = when + ": commissioner's published response to " + c.reportReference() + " (" + c.forceName()
                + ")";
        String opening = "The police and crime commissioner's published response to " + c.reportReference() + " ("
                + c.reportTitle() + ") " + (days < 0 ? "was due on " : "is due on ") + Formats.longDate(c.dueOn())
                + " (" + Formats.daysLeft(days) + "). Once it is published, record its date and web address on the "
                + "clock so that the watchdog sees it.";
        String body = "Dear " + to.displayName() + ",\n\n" + opening + "\n\nOpen the clock: "
                + links.clocks(c.itemId()) + "\n\nYou receive this as " + to.role().label().toLowerCase() + " for "
                + to.organisationName() + "." + SIGNATURE;
        return new OutgoingMail(to.email(), subject, body);
    }

    OutgoingMail evidenceExpiring(Person to, org.oversight.notification.internal.JooqExpiringEvidenceQuery.Expiring e, LocalDate today) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, e.expiresOn());
        String subject = "Evidence expires on " + Formats.longDate(e.expiresOn()) + ": " + e.fileName();
        String body = "Dear " + to.displayName() + ",\n\nThe evidence file " + e.fileName() + " is valid until "
                + Formats.longDate(e.expiresOn()) + " (" + Formats.daysLeft(days) + "). After that it shows as expired "
                + "on every screen, and the watchdog sees which verified recommendations rest on expired evidence.\n\n"
                + "Post an update with the renewed evidence: " + links.to(e.path()) + "\n" + SIGNATURE;
        return new OutgoingMail(to.email(), subject, body);
    }

    OutgoingMail escalation(Person chief, List<Deadline> overdue, LocalDate today, int afterDays) {
        String items = Plurals.of(overdue.size(), "recommendation", "recommendations");
        String subject = "Escalation: " + items + " to " + overdue.getFirst().recipientName()
                + " overdue by more than " + afterDays + " days";
        StringBuilder body = new StringBuilder("Dear " + chief.displayName() + ",\n\n")
                .append("These deadlines of ").append(overdue.getFirst().recipientName()).append(" have been missed by more than ")
                .append(afterDays).append(" days and are escalated to you:\n\n");
        for (Deadline d : overdue) {
            body.append(line(d, today));
        }
        body.append("\nThe force's leads were reminded before each due date and when it was missed.")
                .append(" Each item is escalated once for each due date.").append(SIGNATURE);
        return new OutgoingMail(chief.email(), subject, body.toString());
    }

    OutgoingMail digest(Person to, int open, DeadlineCounts counts, List<Deadline> overdue, List<Deadline> dueSoon,
                        int dueSoonDays, LocalDate today) {
        String subject = "Weekly deadlines: " + counts.overdue() + " overdue, " + counts.dueSoon() + " due soon, "
                + open + " open (" + scopeName(to) + ")";
        StringBuilder body = new StringBuilder("Dear " + to.displayName() + ",\n\n")
                .append("Your week ahead, as of ").append(Formats.longDate(today)).append(", for ").append(scopeName(to))
                .append(":\n\n")
                .append("  Open recommendations: ").append(open).append('\n')
                .append("  Overdue: ").append(counts.overdue()).append('\n')
                .append("  Due within ").append(dueSoonDays).append(" days: ").append(counts.dueSoon()).append('\n');
        if (counts.paused() > 0) {
            body.append("  Paused (e.g. judicial review): ").append(counts.paused()).append('\n');
        }
        section(body, "Overdue", overdue, counts.overdue(), today);
        section(body, "Due soon", dueSoon, counts.dueSoon(), today);
        body.append("\nAll your deadlines: ").append(links.notifications()).append(SIGNATURE);
        return new OutgoingMail(to.email(), subject, body.toString());
    }

    /**
     * Adds to a digest what waits in the person's inbox: how many unread decisions, the first few with their links.
     * Unchanged when nothing waits.
     */
    OutgoingMail withWaiting(OutgoingMail digest, List<InboxEntry> unread, int limit) {
        if (unread.isEmpty()) {
            return digest;
        }
        long needs = unread.stream().filter(InboxEntry::needsAction).count();
        StringBuilder waiting = new StringBuilder("\nWaiting for you in your inbox: ").append(unread.size())
                .append(" unread, ").append(needs).append(" needing you to act:\n");
        unread.stream().limit(limit).forEach(e -> waiting.append("- ").append(e.title()).append("\n  ")
                .append(links.to(e.path())).append('\n'));
        if (unread.size() > limit) {
            waiting.append("  … and ").append(unread.size() - limit).append(" more: ").append(links.inbox()).append('\n');
        }
        int cut = digest.body().indexOf(SIGNATURE);
        String body = cut < 0 ? digest.body() + waiting : digest.body().substring(0, cut) + "\n" + waiting + digest.body().substring(cut);
        return new OutgoingMail(digest.to(), digest.subject(), body);
    }

    private void section(StringBuilder body, String title, List<Deadline> shown, int total, LocalDate today) {
        if (shown.isEmpty()) {
            return;
        }
        body.append('\n').append(title).append(":\n");
        shown.forEach(d -> body.append(line(d, today)));
        if (total > shown.size()) {
            body.append("  … and ").append(total - shown.size()).append(" more: ").append(links.notifications()).append('\n');
        }
    }

    private String line(Deadline d, LocalDate today) {
        return "- " + capitalise(d.itemName()) + " (" + d.recipientName() + "): " + d.deliverable() + " due "
                + Formats.date(d.dueOn()) + ", " + Formats.daysLeft(d.daysLeft(today)) + "\n  " + links.item(d.trackedId()) + "\n";
    }

    private static String describe(Deadline d) {
        String text = d.recommendationText().length() > TEXT_LENGTH
                ? d.recommendationText().substring(0, TEXT_LENGTH - 1) + "…" : d.recommendationText();
        return d.reportTitle() + "\nRecommendation " + d.recommendationNumber() + ": " + text + "\n"
                + "Recipient: " + d.recipientName() + "\nStatus: " + d.status().label() + "\n";
    }

    private static String scopeName(Person p) {
        return p.organisationName() == null ? "all organisations" : p.organisationName();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
