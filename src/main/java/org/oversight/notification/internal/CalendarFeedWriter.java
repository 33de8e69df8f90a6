package org.oversight.notification.internal;

import org.oversight.base.i18n.Messages;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.oversight.base.Formats;
import org.oversight.deadline.CommissionerDeadline;
import org.oversight.deadline.Deadline;
import org.oversight.notification.Links;
import org.oversight.notification.internal.JooqMailRecipientQuery.Person;
import org.springframework.stereotype.Component;

/**
 * Writes deadlines as iCalendar (RFC 5545) with ical4j: one all-day event per item on the day it is due. The UID
 * belongs to the item, not the date, so a calendar moves the event when a deadline is extended or paused. Lines are folded at 75 octets,
 * never inside a multi-byte character.
 */
@Component
public class CalendarFeedWriter {

    private static final int MAX_OCTETS = 75;

    private final Links links;

    CalendarFeedWriter(Links links) {
        this.links = links;
    }

    public String write(Person owner, List<Deadline> deadlines, Instant now) {
        return write(owner, deadlines, List.of(), now);
    }

    /**
     * The recommendations' deadlines and the commissioners' published responses still owed (one event per report
     * and force), the same ones the bell counts and the Deadlines list shows.
     */
    public String write(Person owner, List<Deadline> deadlines, List<CommissionerDeadline> commissioners, Instant now) {
        Calendar calendar = new Calendar().withProdId("-//Oversight Tracker//Deadlines//EN").withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", Messages.t("notification.feed.calendar-name",
                        owner.organisationName() == null ? owner.displayName() : owner.organisationName())))
                .getFluentTarget();
        for (Deadline d : deadlines) {
            calendar.add(event(d, now));
        }
        for (CommissionerDeadline c : commissioners) {
            calendar.add(event(c, now));
        }
        return fold(calendar.toString());
    }

    /**
     * Folds content lines at 75 octets of UTF-8 (RFC 5545 §3.1): a continuation line starts with a space, and a
     * fold never falls inside a character. ical4j's own {@code FoldingWriter} counts characters, not octets, so a
     * line of Welsh or curly quotes would still run past 75 octets.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The UID of an item's event, the same in every feed that lists it. */
    public String uid(long trackedId) {
        return "recommendation-" + trackedId + "@" + links.host();
    }

    /** The UID of a commissioner's response event: its clock's, so that an extension moves the event. */
    public String commissionerUid(long clockId) {
        return "commissioner-response-" + clockId + "@" + links.host();
    }

    private VEvent event(CommissionerDeadline c, Instant now) {
        String summary = Messages.t(c.paused() ? "notification.feed.commissioner.paused" : "notification.feed.commissioner",
                c.reportReference(), c.forceName());
        VEvent event = new VEvent(c.dueOn(), c.dueOn().plusDays(1), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(commissionerUid(c.clockId())));
        event.add(new Url(URI.create(links.clocks(c.itemId()))));
        event.add(new Description(c.reportTitle() + "\n" + Messages.t("notification.feed.commissioner.about", c.forceName())
                + "\n" + due(c.dueOn(), c.paused()) + "\n" + links.clocks(c.itemId())));
        return event;
    }

    private VEvent event(Deadline d, Instant now) {
        String what = Character.toUpperCase(d.deliverable().charAt(0)) + d.deliverable().substring(1);
        String summary = Messages.t(d.paused() ? "notification.feed.item.paused" : "notification.feed.item",
                d.paused() ? d.deliverable() : what, d.itemName(), d.recipientName());
        VEvent event = new VEvent(d.dueOn(), d.dueOn().plusDays(1), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(d.trackedId())));
        event.add(new Url(URI.create(links.item(d.trackedId()))));
        event.add(new Description(d.reportTitle() + "\n"
                + Messages.t("notification.reminder.recommendation", d.recommendationNumber(), d.recommendationText())
                + "\n" + Messages.t("notification.reminder.recipient", d.recipientName()) + "\n"
                + Messages.t("notification.reminder.status", d.status().label()) + "\n" + due(d.dueOn(), d.paused())
                + "\n" + links.item(d.trackedId())));
        return event;
    }

    private static String due(java.time.LocalDate on, boolean paused) {
        return Messages.t(paused ? "notification.feed.due.paused" : "notification.feed.due", Formats.longDate(on));
    }
}
