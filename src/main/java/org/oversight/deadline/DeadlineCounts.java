package org.oversight.deadline;

/** How many of a user's deadlines are overdue, due soon (today included) and paused. */
public record DeadlineCounts(int overdue, int dueSoon, int paused) {

    public int needingAttention() {
        return overdue + dueSoon;
    }
}
