package org.oversight.deadline;

/**
 * How many of a user's deadlines are overdue, due soon (today included) and paused, as decision 0010 defines them.
 * The recommendations' deadlines (the Deadlines list's rows, the digest), and for the bell
 * ({@link #withCommissioners}) the commissioners' published responses owed as well (one per report and force).
 *
 * @param watchdogOverdue     of the overdue, those the watchdog itself must meet (publication of a response)
 * @param commissionerOverdue of the overdue, commissioners' responses (0 until added); the rest are recommendations
 *                            overdue, the register's and the dashboard's figure for the same scope
 * @param commissionerDueSoon of the due soon, commissioners' responses (0 until added)
 */
public record DeadlineCounts(int overdue, int dueSoon, int paused, int watchdogOverdue, int commissionerOverdue,
                             int commissionerDueSoon) {

    /** The recommendations' counts only, before any commissioners' responses are added. */
    public DeadlineCounts(int overdue, int dueSoon, int paused, int watchdogOverdue) {
        this(overdue, dueSoon, paused, watchdogOverdue, 0, 0);
    }

    /** These counts with the commissioners' responses owed added, each counted where it stands today. */
    public DeadlineCounts withCommissioners(JooqDeadlineQuery.CommissionerCounts owed) {
        return new DeadlineCounts(overdue + owed.overdue(), dueSoon + owed.dueSoon(), paused + owed.paused(),
                watchdogOverdue, commissionerOverdue + owed.overdue(), commissionerDueSoon + owed.dueSoon());
    }

    /** Overdue recommendations: the recipients' deadlines among the overdue. */
    public int recommendationsOverdue() {
        return overdue - watchdogOverdue - commissionerOverdue;
    }

    public int needingAttention() {
        return overdue + dueSoon;
    }
}
