package org.oversight.deadline;

import java.time.LocalDate;
import java.util.List;

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
    public DeadlineCounts withCommissioners(List<CommissionerDeadline> owed, LocalDate today, int dueSoonDays) {
        int late = 0;
        int soon = 0;
        int held = 0;
        for (CommissionerDeadline c : owed) {
            switch (c.standing(today, dueSoonDays)) {
                case OVERDUE -> late++;
                case DUE_SOON -> soon++;
                case PAUSED -> held++;
                default -> { }
            }
        }
        return new DeadlineCounts(overdue + late, dueSoon + soon, paused + held, watchdogOverdue,
                commissionerOverdue + late, commissionerDueSoon + soon);
    }

    /** Overdue recommendations: the recipients' deadlines among the overdue. */
    public int recommendationsOverdue() {
        return overdue - watchdogOverdue - commissionerOverdue;
    }

    public int needingAttention() {
        return overdue + dueSoon;
    }
}
