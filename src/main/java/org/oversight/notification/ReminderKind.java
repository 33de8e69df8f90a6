package org.oversight.notification;

import java.util.Optional;

/**
 * The e-mails the reminder job sends, each recorded in reminder_sent so that it goes once per person, item and
 * due date (a moved due date starts the reminders afresh).
 * <p>
 * Each dated reminder is sent on the first run inside its window, so a day the job did not run is made up the
 * next day: 14 days (8–14 days left), 7 days (2–7), 1 day (1 or 0: due tomorrow or today), missed (1–7 days
 * overdue; the day after the due date is the day it is missed). Longer-overdue items are for the escalation.
 */
public enum ReminderKind {
    DUE_IN_14_DAYS,
    DUE_IN_7_DAYS,
    DUE_IN_1_DAY,
    MISSED,
    ESCALATION,
    DIGEST,
    /** Evidence that expires within {@link #EVIDENCE_NOTICE_DAYS} days: its owners are told once per file and date. */
    EVIDENCE_EXPIRING;

    public static final int EVIDENCE_NOTICE_DAYS = 30;

    static final int MISSED_WINDOW_DAYS = 7;

    /** The dated reminder due for a deadline with {@code daysLeft} days to go (negative once overdue), if any. */
    public static Optional<ReminderKind> forDaysLeft(long daysLeft) {
        if (daysLeft > 14) {
            return Optional.empty();
        }
        if (daysLeft > 7) {
            return Optional.of(DUE_IN_14_DAYS);
        }
        if (daysLeft > 1) {
            return Optional.of(DUE_IN_7_DAYS);
        }
        if (daysLeft >= 0) {
            return Optional.of(DUE_IN_1_DAY);
        }
        return daysLeft >= -MISSED_WINDOW_DAYS ? Optional.of(MISSED) : Optional.empty();
    }
}
