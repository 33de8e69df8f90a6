package org.oversight.notification;

import java.time.DayOfWeek;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder e-mails, under {@code oversight.reminders}. The job's schedule is {@code oversight.reminders.cron}
 * (default 07:00 UK time every day), read by the scheduler itself.
 *
 * @param escalateAfterDays an item overdue by more than this many days is escalated to the force's chief officers
 * @param digestDay         the weekly digest goes out on the first run on or after this day of each ISO week
 * @param from              the sender of every e-mail
 * @param delivery          AUTO: SMTP when {@code spring.mail.host} is set and demo mode is off, else the outbox
 * @param digestListLimit   how many overdue and due-soon items a digest lists before "and N more"
 */
@ConfigurationProperties("oversight.reminders")
public record ReminderProperties(
        @DefaultValue("28") int escalateAfterDays,
        @DefaultValue("MONDAY") DayOfWeek digestDay,
        @DefaultValue("Oversight Tracker <no-reply@oversight.invalid>") String from,
        @DefaultValue("AUTO") Delivery delivery,
        @DefaultValue("20") int digestListLimit) {

    public enum Delivery { AUTO, SMTP, OUTBOX }

    public ReminderProperties {
        if (escalateAfterDays < 1) {
            throw new IllegalArgumentException("oversight.reminders.escalate-after-days must be at least 1, was "
                    + escalateAfterDays);
        }
        if (digestListLimit < 1) {
            throw new IllegalArgumentException("oversight.reminders.digest-list-limit must be at least 1");
        }
    }
}
