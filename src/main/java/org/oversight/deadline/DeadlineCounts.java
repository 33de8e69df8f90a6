package org.oversight.deadline;

/**
 * How many of a user's deadlines are overdue, due soon (today included) and paused, as decision 0010 defines them.
 *
 * @param watchdogOverdue of the overdue, those the watchdog itself must meet (publication of a response); the rest
 *                        are recommendations overdue, the register's and the dashboard's figure for the same scope
 */
public record DeadlineCounts(int overdue, int dueSoon, int paused, int watchdogOverdue) {

    /** Overdue recommendations: the recipients' deadlines among the overdue. */
    public int recommendationsOverdue() {
        return overdue - watchdogOverdue;
    }

    public int needingAttention() {
        return overdue + dueSoon;
    }
}
